package dev.gan4j.core.eval;

import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * The mean and covariance of a set of feature vectors, in double precision: what the Fréchet
 * distance compares. The covariance is the unbiased estimate (divided by N - 1), as in the
 * reference FID code.
 */
public final class GaussianStatistics {
    private final double[] mean;
    private final double[][] covariance;
    private final int count;

    /**
     * Statistics given directly (a known Gaussian).
     *
     * @param mean       the mean, length D
     * @param covariance the D x D covariance (symmetric)
     * @param count      the number of vectors they were estimated from (for messages only)
     */
    public GaussianStatistics(double[] mean, double[][] covariance, int count) {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(covariance, "covariance");
        if (covariance.length != mean.length) {
            throw new IllegalArgumentException("The covariance has " + covariance.length + " rows but the mean has "
                    + mean.length + " entries; both must have the feature dimension.");
        }
        this.mean = mean.clone();
        this.covariance = new double[mean.length][];
        for (int i = 0; i < mean.length; i++) {
            if (covariance[i].length != mean.length) {
                throw new IllegalArgumentException("Row " + i + " of the covariance has " + covariance[i].length
                        + " entries, but the feature dimension is " + mean.length + ".");
            }
            this.covariance[i] = covariance[i].clone();
        }
        this.count = count;
    }

    /**
     * The statistics of [N, D] features, N at least 2.
     *
     * @throws IllegalArgumentException when there are fewer than two vectors or a value is not finite
     */
    public static GaussianStatistics of(Tensor features) {
        Objects.requireNonNull(features, "features");
        if (features.rank() != 2 || features.dim(0) < 2) {
            throw new IllegalArgumentException("Mean and covariance need [N, D] features with N at least 2, but the "
                    + "shape is " + features.shape() + ".");
        }
        int n = features.dim(0);
        int d = features.dim(1);
        float[] x = features.data();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                float v = x[i * d + j];
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("Feature " + j + " of vector " + i + " is " + v + "; features "
                            + "must be finite (are the samples themselves finite?).");
                }
                mean[j] += v;
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = x[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                if (ca == 0) {
                    continue;
                }
                double[] row = cov[a];
                for (int b = a; b < d; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return new GaussianStatistics(mean, cov, n);
    }

    /** The feature dimension D. */
    public int dimension() {
        return mean.length;
    }

    /** The number of vectors the statistics come from. */
    public int count() {
        return count;
    }

    /** The mean (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** The covariance (a copy). */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < covariance.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    double[][] covarianceView() {
        return covariance;
    }

    double[] meanView() {
        return mean;
    }
}
