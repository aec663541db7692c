package dev.gan4j.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.checkpoint.CheckpointFile;
import dev.gan4j.core.checkpoint.CorruptCheckpointException;
import dev.gan4j.core.data.FashionMnist;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.Gan4jHome;
import dev.gan4j.core.data.LabelledImages;
import dev.gan4j.core.data.PixelRange;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.provenance.SoftwareVersions;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the trained {@link FashionMnistClassifier} under {@code $GAN4J_HOME} (else
 * {@code ~/.gan4j}) as {@code eval/fashion-mnist-cnn-v1.ckpt}: a gan4j checkpoint file, written
 * atomically and checked by its SHA-256 on every load, holding the weights, the recipe and the
 * classifier's provenance (seed, test accuracy, training time, data, versions).
 *
 * <p>The first use trains the classifier by its fixed recipe (about two minutes on two cores) and
 * stores it. A cached file that is corrupt, or was made by another recipe, is reported through
 * the log and replaced by a freshly trained classifier; it is never loaded.
 */
public final class ClassifierCache {
    /** The environment variable naming gan4j's home directory. */
    public static final String HOME_ENV = Gan4jHome.ENVIRONMENT_VARIABLE;
    /** Provenance key: the test accuracy, 0 to 1. */
    public static final String TEST_ACCURACY = "test-accuracy";
    /** Provenance key: the recipe name. */
    public static final String RECIPE = "recipe";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FashionMnistLocator data;
    private final Consumer<String> log;

    /**
     * A cache in {@code home}.
     *
     * @param data where Fashion-MNIST is found, for training
     * @param log  where progress and problems are reported (standard error, in the CLI)
     */
    public ClassifierCache(Path home, FashionMnistLocator data, Consumer<String> log) {
        this.file = home.resolve("eval").resolve(FashionMnistClassifier.RECIPE + ".ckpt");
        this.data = data;
        this.log = log;
    }

    /** gan4j's home: {@code $GAN4J_HOME}, else {@code ~/.gan4j}. */
    public static Path home(Map<String, String> environment) {
        return Gan4jHome.directory(environment);
    }

    /** The cache file. */
    public Path file() {
        return file;
    }

    /**
     * The cached classifier as a feature extractor, training and storing it first when there is
     * no usable cached one.
     *
     * @throws IOException when Fashion-MNIST cannot be found to train it, or the cache cannot be written
     */
    public ClassifierFeatureExtractor load() throws IOException {
        if (Files.isRegularFile(file)) {
            try {
                Checkpoint stored = CheckpointFile.read(file);
                if (stored.config().equals(recipeJson())) {
                    FashionMnistClassifier classifier = FashionMnistClassifier.untrained();
                    restore(classifier.network(), stored.tensors());
                    ClassifierFeatureExtractor loaded = new ClassifierFeatureExtractor(classifier, provenanceOf(stored));
                    log.accept("Using the cached feature classifier " + file + " (test accuracy "
                            + loaded.provenance().get(TEST_ACCURACY) + ")");
                    return loaded;
                }
                log.accept("The cached classifier " + file + " was trained by another recipe; training "
                        + FashionMnistClassifier.RECIPE + " to replace it.");
            } catch (CorruptCheckpointException e) {
                log.accept("The cached classifier is unusable and will be retrained: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                log.accept("The cached classifier " + file + " does not fit the network (" + e.getMessage()
                        + "); it will be retrained.");
            }
        }
        return trainAndStore();
    }

    private ClassifierFeatureExtractor trainAndStore() throws IOException {
        LabelledImages train = FashionMnist.load(data, FashionMnist.Split.TRAIN, PixelRange.MINUS_ONE_TO_ONE);
        LabelledImages test = FashionMnist.load(data, FashionMnist.Split.TEST, PixelRange.MINUS_ONE_TO_ONE);
        log.accept("Training the Fashion-MNIST feature classifier (" + FashionMnistClassifier.RECIPE + ", "
                + FashionMnistClassifier.EPOCHS + " epochs, once; cached as " + file + ")");
        FashionMnistClassifier classifier = FashionMnistClassifier.untrained();
        long start = System.nanoTime();
        classifier.train(train, epoch -> log.accept(String.format(Locale.ROOT, "  epoch %d of %d done (%.0f s)",
                epoch, FashionMnistClassifier.EPOCHS, (System.nanoTime() - start) / 1e9)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double accuracy = classifier.accuracy(test);
        log.accept(String.format(Locale.ROOT, "  test accuracy %.4f after %.0f s", accuracy, seconds));
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put(RECIPE, FashionMnistClassifier.RECIPE);
        provenance.put("seed", Long.toString(FashionMnistClassifier.SEED));
        provenance.put("epochs", Integer.toString(FashionMnistClassifier.EPOCHS));
        provenance.put(TEST_ACCURACY, String.format(Locale.ROOT, "%.4f", accuracy));
        provenance.put("training-seconds", String.format(Locale.ROOT, "%.1f", seconds));
        provenance.put("train-images", Integer.toString(train.size()));
        provenance.put("test-images", Integer.toString(test.size()));
        provenance.put("kernels", Kernels.current().name() + " x" + Kernels.current().threads());
        SoftwareVersions versions = SoftwareVersions.current();
        provenance.put("gan4j-version", versions.gan4j());
        provenance.put("java-version", versions.javaVersion());
        provenance.put("trained-at", java.time.Instant.now().toString());
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Parameter p : tensorsOf(classifier.network())) {
            tensors.put(p.name(), p.tensor().detach());
        }
        Checkpoint checkpoint = new Checkpoint(0, tensors, Map.of(), Map.of(), Map.of(), new long[0], recipeJson(),
                JSON.writeValueAsString(provenance));
        CheckpointFile.write(file, checkpoint);
        return new ClassifierFeatureExtractor(classifier, provenance);
    }

    private static List<Parameter> tensorsOf(Layer network) {
        List<Parameter> all = new ArrayList<>(network.parameters());
        all.addAll(network.buffers());
        return all;
    }

    private static void restore(Layer network, Map<String, Tensor> stored) {
        List<Parameter> expected = tensorsOf(network);
        if (expected.size() != stored.size()) {
            throw new IllegalArgumentException("it holds " + stored.size() + " tensors, the network has "
                    + expected.size());
        }
        for (Parameter p : expected) {
            Tensor source = stored.get(p.name());
            if (source == null || !source.shape().equals(p.tensor().shape())) {
                throw new IllegalArgumentException("the tensor " + p.name() + " is "
                        + (source == null ? "missing" : "of shape " + source.shape()) + ", the network's is "
                        + p.tensor().shape());
            }
            System.arraycopy(source.data(), 0, p.tensor().data(), 0, source.size());
        }
    }

    private Map<String, String> provenanceOf(Checkpoint stored) throws CorruptCheckpointException {
        try {
            return JSON.readValue(stored.provenance(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new CorruptCheckpointException(file, "passes its checksum but its provenance is not a JSON object of "
                    + "strings; it was not written by this version of gan4j.");
        }
    }

    private static String recipeJson() {
        Map<String, Object> recipe = new LinkedHashMap<>();
        recipe.put(RECIPE, FashionMnistClassifier.RECIPE);
        recipe.put("seed", FashionMnistClassifier.SEED);
        recipe.put("epochs", FashionMnistClassifier.EPOCHS);
        try {
            return JSON.writeValueAsString(recipe);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
