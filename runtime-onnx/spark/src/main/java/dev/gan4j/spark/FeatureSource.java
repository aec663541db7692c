package dev.gan4j.spark;

import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.eval.ClassifierCache;
import dev.gan4j.core.eval.ClassifierFeatureExtractor;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.runtime.onnx.eval.OnnxFeatureExtractor;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * The feature model an evaluation runs on the executors: an ONNX model and its output (as
 * {@code gan4j eval --features model.onnx --features-output NAME}), or gan4j's own Fashion-MNIST
 * classifier, whose cached checkpoint the driver broadcasts (the executors never train it).
 * {@link #open()} runs on an executor; the session is cached there like a generator's.
 */
public final class FeatureSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ModelSource model;
    private final String output;
    private final int threads;

    private FeatureSource(ModelSource model, String output, int threads) {
        this.model = model;
        this.output = output;
        this.threads = threads;
    }

    /**
     * The ONNX feature model at {@code file} (on the driver, broadcast), its features read from {@code output}.
     *
     * @throws IOException naming the file when the driver cannot read it
     */
    public static FeatureSource onnx(SparkSession spark, Path file, String output) throws IOException {
        Objects.requireNonNull(output, "output");
        return new FeatureSource(ModelSource.broadcast(spark, file), output, 0);
    }

    /**
     * gan4j's Fashion-MNIST classifier from the cache in {@code home} (trained there first, on the
     * driver, when it is not cached yet; {@code gan4j eval} uses the same cache), broadcast.
     *
     * @param data where the driver finds Fashion-MNIST to train the classifier, or null for
     *             {@code $GAN4J_DATA} and the system directory
     * @throws IOException when there is no cached classifier and Fashion-MNIST cannot be found to train one
     */
    public static FeatureSource classifier(SparkSession spark, Path home, Path data) throws IOException {
        ClassifierCache cache = new ClassifierCache(home, FashionMnistLocator.standard(data), System.err::println);
        cache.load();
        return new FeatureSource(ModelSource.broadcast(spark, cache.file()), null, 0);
    }

    /** The extractor on the driver (for a reference set), opened as {@link #open} does on an executor. */
    FeatureExtractor openHere() throws IOException {
        return open().extractor();
    }

    /** The feature extractor and what closes it. */
    record Session(FeatureExtractor extractor, AutoCloseable closer) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (closer != null) {
                closer.close();
            }
        }
    }

    /** The cache key of this feature model on this executor. */
    SessionCache.Key key() {
        return new SessionCache.Key(model.sha256(), output == null ? "classifier" : "features#" + output, "cpu",
                threads);
    }

    /** Where the features are computed, for the job's report: ONNX Runtime's CPU provider, or the JVM (the classifier). */
    String runsOn() {
        return output != null ? "CPUExecutionProvider" : "the JVM";
    }

    /** The model's name, for messages. */
    String name() {
        return model.name();
    }

    /** Opens the extractor from this JVM's local copy of the model. */
    Session open() throws IOException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "gan4j-spark-models");
        if (output != null) {
            OnnxFeatureExtractor extractor = OnnxFeatureExtractor.open(model.localCopy(directory), output);
            return new Session(extractor, extractor);
        }
        // the classifier cache reads <home>/eval/<recipe>.ckpt: lay the broadcast checkpoint there
        Path home = directory.resolve("home-" + model.sha256());
        ClassifierCache cache = new ClassifierCache(home, FashionMnistLocator.standard(null), line -> { });
        if (!Files.isRegularFile(cache.file())) {
            Files.createDirectories(cache.file().getParent());
            Path local = model.localCopy(directory);
            Path temporary = Files.createTempFile(cache.file().getParent(), "classifier", ".part");
            Files.copy(local, temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, cache.file(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        ClassifierFeatureExtractor extractor = cache.load();
        return new Session(extractor, null);
    }
}
