package dev.gan4j.spark;

import dev.gan4j.core.eval.ClassPredictions;
import dev.gan4j.core.eval.GaussianStatistics;
import dev.gan4j.core.tensor.Tensor;
import java.io.Serializable;

/**
 * The running statistics of feature vectors that partitions compute apart and Spark combines
 * ({@code treeAggregate}), in double precision: the count, the mean and the sum of squared
 * deviations from it (merged by Chan, Golub and LeVeque's pairwise rule, so no large sums are
 * subtracted), and for a classifier the predicted-class counts, the summed probabilities and the
 * summed {@code p ln p}. {@link #statistics()} gives what core's Fréchet distance compares.
 * Immutable: {@link #add} and {@link #merge} return new moments.
 */
public final class FeatureMoments implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long count;
    private final double[] mean;
    /** The D x D sum of products of deviations from the mean, row-major. */
    private final double[] deviations;
    private final long[] predicted;
    private final double[] probabilitySums;
    private final double plogp;

    private FeatureMoments(long count, double[] mean, double[] deviations, long[] predicted, double[] probabilitySums,
                           double plogp) {
        this.count = count;
        this.mean = mean;
        this.deviations = deviations;
        this.predicted = predicted;
        this.probabilitySums = probabilitySums;
        this.plogp = plogp;
    }

    /** No vectors yet. */
    public static FeatureMoments empty() {
        return new FeatureMoments(0, new double[0], new double[0], null, null, 0);
    }

    /** The moments of [N, D] features and (for a classifier, else null) their [N, K] class probabilities. */
    static FeatureMoments of(Tensor features, Tensor probabilities) {
        int n = features.dim(0);
        int d = features.dim(1);
        float[] x = features.data();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                float v = x[i * d + j];
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("Feature " + j + " of an image is " + v + "; features must be"
                            + " finite (are the images themselves finite?).");
                }
                mean[j] += v;
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] m2 = new double[d * d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = x[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                for (int b = a; b < d; b++) {
                    m2[a * d + b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                m2[b * d + a] = m2[a * d + b];
            }
        }
        if (probabilities == null) {
            return new FeatureMoments(n, mean, m2, null, null, 0);
        }
        int k = probabilities.dim(1);
        long[] counts = new long[k];
        for (int c : ClassPredictions.of(probabilities).predicted()) {
            counts[c]++;
        }
        double[] sums = new double[k];
        double plogp = 0;
        float[] p = probabilities.data();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double v = p[i * k + c];
                sums[c] += v;
                plogp += v > 0 ? v * Math.log(v) : 0;
            }
        }
        return new FeatureMoments(n, mean, m2, counts, sums, plogp);
    }

    /** These moments and {@code other}'s together. */
    public FeatureMoments merge(FeatureMoments other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        if (other.mean.length != mean.length) {
            throw new IllegalArgumentException("Features of dimension " + mean.length + " and " + other.mean.length
                    + " cannot be combined; every partition must use the same feature model.");
        }
        int d = mean.length;
        long n = count + other.count;
        double weight = (double) other.count / n;
        double cross = (double) count * other.count / n;
        double[] delta = new double[d];
        double[] merged = new double[d];
        for (int j = 0; j < d; j++) {
            delta[j] = other.mean[j] - mean[j];
            merged[j] = mean[j] + delta[j] * weight;
        }
        double[] m2 = new double[d * d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                m2[a * d + b] = deviations[a * d + b] + other.deviations[a * d + b] + delta[a] * delta[b] * cross;
            }
        }
        long[] counts = null;
        double[] sums = null;
        if (predicted != null && other.predicted != null) {
            counts = new long[predicted.length];
            sums = new double[predicted.length];
            for (int c = 0; c < counts.length; c++) {
                counts[c] = predicted[c] + other.predicted[c];
                sums[c] = probabilitySums[c] + other.probabilitySums[c];
            }
        }
        return new FeatureMoments(n, merged, m2, counts, sums, plogp + other.plogp);
    }

    /** The number of feature vectors. */
    public long count() {
        return count;
    }

    /**
     * The mean and unbiased covariance, as {@code GaussianStatistics.of} computes them from all the vectors at once.
     *
     * @throws IllegalStateException when there are fewer than two vectors
     */
    public GaussianStatistics statistics() {
        if (count < 2) {
            throw new IllegalStateException("Mean and covariance need at least 2 images, but there are " + count + ".");
        }
        int d = mean.length;
        double[][] covariance = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                covariance[a][b] = deviations[a * d + b] / (count - 1);
            }
        }
        return new GaussianStatistics(mean, covariance, (int) Math.min(Integer.MAX_VALUE, count));
    }

    /** Whether the features came with class probabilities (a classifier). */
    public boolean hasClasses() {
        return predicted != null;
    }

    /** The fraction of images predicted as each class (sums to 1). */
    public double[] classHistogram() {
        requireClasses();
        double[] h = new double[predicted.length];
        for (int c = 0; c < h.length; c++) {
            h[c] = (double) predicted[c] / count;
        }
        return h;
    }

    /** The entropy in nats of {@link #classHistogram()}. */
    public double classEntropy() {
        double entropy = 0;
        for (double p : classHistogram()) {
            entropy -= p > 0 ? p * Math.log(p) : 0;
        }
        return entropy;
    }

    /** {@code exp(mean KL(p(y|x) || p(y)))}: the mean of {@code Σ p ln p} less {@code Σ p(y) ln p(y)}. */
    public double classifierScore() {
        requireClasses();
        double marginalTerm = 0;
        for (double sum : probabilitySums) {
            double marginal = sum / count;
            marginalTerm += marginal > 0 ? marginal * Math.log(marginal) : 0;
        }
        return Math.exp(plogp / count - marginalTerm);
    }

    private void requireClasses() {
        if (predicted == null) {
            throw new IllegalStateException("The features came from a model without class probabilities; class "
                    + "statistics need a classifier's features (gan4j's Fashion-MNIST classifier).");
        }
    }
}
