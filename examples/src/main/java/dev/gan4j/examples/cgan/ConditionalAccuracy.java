package dev.gan4j.examples.cgan;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.core.eval.ClassPredictions;
import dev.gan4j.core.eval.ClassifierCache;
import dev.gan4j.core.eval.FeatureExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Measures whether a trained conditional model generates what it is asked for: for each class k it
 * draws samples asked for k (by label, or by captions: each caption of the class gets an equal
 * share) and has a Fashion-MNIST classifier name their class. Prints per-class and overall
 * accuracy, the classifier's mean confidence, and the classifier-based Inception Score
 * exp(E KL(p(y|x) ‖ p(y))) of all samples together as a measure of quality and variety (10 at
 * best for ten equally frequent, confidently classified classes).
 *
 * <p>{@code java -cp gan4j.jar dev.gan4j.examples.cgan.ConditionalAccuracy RUN [PER_CLASS] [label|captions FILE]}:
 * PER_CLASS defaults to 1000; "captions" asks with the caption file's wordings (class, use,
 * caption per line, as the caption set's format), using only lines of use held-out when the file
 * has them. The classifier is core's evaluation classifier ({@link ClassifierCache}: trained once
 * with a fixed recipe, cached under {@code $GAN4J_HOME} or {@code ~/.gan4j}).
 */
public final class ConditionalAccuracy {
    private static final int BATCH = 250;

    private ConditionalAccuracy() {
    }

    /** See the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ConditionalAccuracy RUN [PER_CLASS] [label|captions FILE]");
            System.exit(2);
        }
        Path run = Path.of(args[0]);
        int perClass = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        boolean captions = args.length > 2 && args[2].equals("captions");
        Path captionFile = captions ? Path.of(args[3]) : null;

        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        ConfigLoader configs = discovery.configLoader(List.of());
        RunDirectory directory = RunDirectory.open(run);
        ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(), ConfigOverrides.none());
        Checkpoint checkpoint = directory.checkpoints().readLatest().orElseThrow(() -> new IllegalStateException(
                "The run " + run + " has no checkpoint yet."));
        TrainingRun training = TrainingRun.prepare(resolved, discovery.families(), DataContext.standard(null));
        TrainedSampler.fromCheckpoint(training.system(), checkpoint);
        if (!(training.system() instanceof ConditionalSystem system)) {
            throw new IllegalArgumentException("The run " + run + " is not of a conditional family.");
        }
        FeatureExtractor classifier = new ClassifierCache(ClassifierCache.home(System.getenv()),
                FashionMnistLocator.standard(null), System.err::println).load();
        Layer generator = system.networks().get(system.sampledNetwork());
        List<List<String>> wordings = captions ? CaptionFile.read(captionFile, system.classNames().size()) : null;

        int classes = system.classNames().size();
        Rng rng = new Rng(12345);
        int[] correct = new int[classes];
        double confidence = 0;
        List<Tensor> allProbabilities = new ArrayList<>();
        System.out.printf(Locale.ROOT, "run %s, step %d, %d samples per class, asked by %s%n", run, checkpoint.step(),
                perClass, captions ? "captions of " + captionFile : "label");
        for (int k = 0; k < classes; k++) {
            int klass = k;
            IntFunction<Condition> ask;
            if (captions) {
                List<String> texts = wordings.get(k);
                ask = i -> system.textCondition(texts.get(i % texts.size()), 1);
            } else {
                ask = i -> system.labelCondition(Integer.toString(klass), 1);
            }
            for (int start = 0; start < perClass; start += BATCH) {
                int n = Math.min(BATCH, perClass - start);
                List<Tensor> rows = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    rows.add(ask.apply(start + i).values());
                }
                Condition condition = new Condition(Tensor.concat(0, rows), "class " + k);
                Tensor samples = system.sample(generator, system.noise(n, rng), condition);
                Tensor probabilities = probabilities(classifier, samples);
                allProbabilities.add(probabilities);
                float[] p = probabilities.data();
                for (int i = 0; i < n; i++) {
                    int best = 0;
                    for (int j = 1; j < classes; j++) {
                        best = p[i * classes + j] > p[i * classes + best] ? j : best;
                    }
                    correct[k] += best == k ? 1 : 0;
                    confidence += p[i * classes + best];
                }
            }
            System.out.printf(Locale.ROOT, "class %d %-12s %.1f%%%n", k, system.classNames().get(k),
                    100.0 * correct[k] / perClass);
        }
        int total = 0;
        for (int c : correct) {
            total += c;
        }
        System.out.printf(Locale.ROOT, "overall %.2f%% (%d of %d); mean classifier confidence %.3f; classifier "
                        + "Inception Score %.2f%n", 100.0 * total / (classes * perClass), total, classes * perClass,
                confidence / (classes * perClass), ClassPredictions.of(Tensor.concat(0, allProbabilities)).classifierScore());
    }

    private static Tensor probabilities(FeatureExtractor classifier, Tensor images) {
        return classifier.extract(images).probabilities().orElseThrow(() -> new IllegalStateException(
                "The extractor " + classifier.id() + " gives no class probabilities."));
    }
}
