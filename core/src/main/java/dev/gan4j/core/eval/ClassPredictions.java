package dev.gan4j.core.eval;

import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * A classifier's class probabilities for a set of samples, and the figures drawn from them:
 * <ul>
 *   <li>{@link #classifierScore()}: the Inception-score-style {@code exp(E_x KL(p(y|x) || p(y)))},
 *       high when each sample is clearly one class and the classes are evenly used (at most K);</li>
 *   <li>{@link #histogram()} and {@link #histogramEntropy()}: how often each class is predicted,
 *       and the entropy of that histogram in nats (at most ln K; low entropy means dropped modes);</li>
 *   <li>{@link #accuracyAgainst(int[])}: the fraction predicted as the given labels (the
 *       conditional accuracy of a conditional generator, or a classifier's test accuracy).</li>
 * </ul>
 */
public final class ClassPredictions {
    private final float[] probabilities;
    private final int n;
    private final int classes;

    private ClassPredictions(float[] probabilities, int n, int classes) {
        this.probabilities = probabilities;
        this.n = n;
        this.classes = classes;
    }

    /** Predictions from [N, K] class probabilities. */
    public static ClassPredictions of(Tensor probabilities) {
        Objects.requireNonNull(probabilities, "probabilities");
        if (probabilities.rank() != 2 || probabilities.dim(0) < 1 || probabilities.dim(1) < 2) {
            throw new IllegalArgumentException("Class probabilities must be [N, K] with N >= 1 and K >= 2, but their "
                    + "shape is " + probabilities.shape() + ".");
        }
        return new ClassPredictions(probabilities.data(), probabilities.dim(0), probabilities.dim(1));
    }

    /** The number of samples. */
    public int count() {
        return n;
    }

    /** The number of classes. */
    public int classes() {
        return classes;
    }

    /** The most probable class of each sample. */
    public int[] predicted() {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (probabilities[i * classes + k] > probabilities[i * classes + best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** The fraction of samples predicted as each class (sums to 1). */
    public double[] histogram() {
        int[] counts = new int[classes];
        for (int c : predicted()) {
            counts[c]++;
        }
        double[] h = new double[classes];
        for (int k = 0; k < classes; k++) {
            h[k] = (double) counts[k] / n;
        }
        return h;
    }

    /** The entropy in nats of {@link #histogram()}: ln K when every class is predicted equally often, 0 for one class. */
    public double histogramEntropy() {
        double entropy = 0;
        for (double p : histogram()) {
            entropy -= p > 0 ? p * Math.log(p) : 0;
        }
        return entropy;
    }

    /**
     * {@code exp(mean over samples of KL(p(y|x) || p(y)))}, with p(y) the mean of the rows, in
     * double precision: 1 for samples the classifier cannot tell apart, K for confident and
     * evenly spread ones.
     */
    public double classifierScore() {
        double[] marginal = new double[classes];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < classes; k++) {
                marginal[k] += probabilities[i * classes + k];
            }
        }
        for (int k = 0; k < classes; k++) {
            marginal[k] /= n;
        }
        double kl = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < classes; k++) {
                double p = probabilities[i * classes + k];
                if (p > 0 && marginal[k] > 0) {
                    kl += p * (Math.log(p) - Math.log(marginal[k]));
                }
            }
        }
        return Math.exp(kl / n);
    }

    /**
     * The fraction of samples whose most probable class is the given label.
     *
     * @param labels one label per sample, each 0 to K - 1
     * @throws IllegalArgumentException naming both counts, or the label, when they do not fit
     */
    public double accuracyAgainst(int[] labels) {
        if (labels.length != n) {
            throw new IllegalArgumentException("There are " + labels.length + " labels for " + n + " samples; give "
                    + "exactly one label per sample, in the samples' order.");
        }
        int[] predicted = predicted();
        int correct = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("Label " + i + " is " + labels[i] + ", but the classifier knows "
                        + classes + " classes (0 to " + (classes - 1) + ").");
            }
            correct += predicted[i] == labels[i] ? 1 : 0;
        }
        return (double) correct / n;
    }
}
