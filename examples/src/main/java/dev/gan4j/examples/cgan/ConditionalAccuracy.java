package dev.gan4j.examples.cgan;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.eval.ClassPredictions;
import dev.gan4j.core.eval.FeatureExtractor;
import java.io.PrintWriter;
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
 * <p>On the command line: {@code gan4j conditional-accuracy RUN [--per-class N] [--captions FILE]}.
 * Captions are read from a file in the caption set's format (class, use, caption per line), using
 * only lines of use held-out when the file has them.
 */
public final class ConditionalAccuracy {
    private static final int BATCH = 250;

    private final ConditionalSystem system;
    private final FeatureExtractor classifier;

    /**
     * A measurement of {@code system} (its weights loaded) through {@code classifier}, which must
     * give class probabilities over the system's classes.
     */
    public ConditionalAccuracy(ConditionalSystem system, FeatureExtractor classifier) {
        this.system = system;
        this.classifier = classifier;
    }

    /**
     * Asks for {@code perClass} samples of each class by label (or, given {@code wordings}, by those
     * captions of each class: {@link CaptionFile#read}) and prints the figures to {@code out}, noise
     * from a fixed seed.
     *
     * @param wordings the captions by class, or null to ask by label
     * @param title    the first line printed (what was measured, and how it was asked)
     */
    public void measure(int perClass, List<List<String>> wordings, String title, PrintWriter out) {
        if (perClass < 1) {
            throw new IllegalArgumentException("--per-class must be 1 or more, but was " + perClass + ".");
        }
        boolean captions = wordings != null;
        Layer generator = system.networks().get(system.sampledNetwork());

        int classes = system.classNames().size();
        Rng rng = new Rng(12345);
        int[] correct = new int[classes];
        double confidence = 0;
        List<Tensor> allProbabilities = new ArrayList<>();
        out.printf(Locale.ROOT, "%s, %d samples per class%n", title, perClass);
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
            out.printf(Locale.ROOT, "class %d %-12s %.1f%%%n", k, system.classNames().get(k),
                    100.0 * correct[k] / perClass);
        }
        int total = 0;
        for (int c : correct) {
            total += c;
        }
        out.printf(Locale.ROOT, "overall %.2f%% (%d of %d); mean classifier confidence %.3f; classifier "
                        + "Inception Score %.2f%n", 100.0 * total / (classes * perClass), total, classes * perClass,
                confidence / (classes * perClass), ClassPredictions.of(Tensor.concat(0, allProbabilities)).classifierScore());
    }

    private static Tensor probabilities(FeatureExtractor classifier, Tensor images) {
        return classifier.extract(images).probabilities().orElseThrow(() -> new IllegalStateException(
                "The extractor " + classifier.id() + " gives no class probabilities."));
    }
}
