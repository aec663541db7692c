package dev.gan4j.core.eval;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * The kernel distance (KID; Bińkowski et al., "Demystifying MMD GANs", ICLR 2018): the unbiased
 * estimate of the squared maximum mean discrepancy between two feature sets under the cubic
 * polynomial kernel {@code k(x, y) = (xᵀy / D + 1)³}, averaged over random subsets. Unlike FID it
 * has an unbiased estimator, so it can be compared across sample sizes, and it can be slightly
 * negative when the sets come from the same distribution.
 */
public final class KernelDistance {
    /** The reference code's number of subsets. */
    public static final int DEFAULT_SUBSETS = 100;
    /** The reference code's subset size. */
    public static final int DEFAULT_SUBSET_SIZE = 1000;

    private final int subsets;
    private final int subsetSize;

    /** The metric over {@code subsets} random subsets of at most {@code subsetSize} vectors from each set. */
    public KernelDistance(int subsets, int subsetSize) {
        if (subsets < 1 || subsetSize < 2) {
            throw new IllegalArgumentException("KID needs at least 1 subset of at least 2 vectors, but was given "
                    + subsets + " subsets of " + subsetSize + ".");
        }
        this.subsets = subsets;
        this.subsetSize = subsetSize;
    }

    /** 100 subsets of 1000, as the reference code. */
    public static KernelDistance standard() {
        return new KernelDistance(DEFAULT_SUBSETS, DEFAULT_SUBSET_SIZE);
    }

    /** The mean of the subsets' MMD² estimates and their standard deviation. */
    public record Result(double mean, double std, int subsets, int subsetSize) {
    }

    /**
     * KID between [N, D] and [M, D] features; subsets have {@code min(subsetSize, N, M)} vectors,
     * drawn without replacement by {@code rng}.
     *
     * @throws IllegalArgumentException when the dimensions differ or a set has fewer than 2 vectors
     */
    public Result evaluate(Tensor real, Tensor generated, Rng rng) {
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(generated, "generated");
        if (real.rank() != 2 || generated.rank() != 2 || real.dim(1) != generated.dim(1)) {
            throw new IllegalArgumentException("KID compares [N, D] features of the same D, but the shapes are "
                    + real.shape() + " (real) and " + generated.shape() + " (generated).");
        }
        int m = Math.min(subsetSize, Math.min(real.dim(0), generated.dim(0)));
        if (m < 2) {
            throw new IllegalArgumentException("KID needs at least 2 vectors in each set, but the sets have "
                    + real.dim(0) + " (real) and " + generated.dim(0) + " (generated).");
        }
        double[] estimates = new double[subsets];
        for (int s = 0; s < subsets; s++) {
            Tensor x = real.indexSelect(0, subset(real.dim(0), m, rng));
            Tensor y = generated.indexSelect(0, subset(generated.dim(0), m, rng));
            estimates[s] = unbiasedMmd2(x, y);
        }
        double mean = 0;
        for (double e : estimates) {
            mean += e / subsets;
        }
        double var = 0;
        for (double e : estimates) {
            var += (e - mean) * (e - mean) / subsets;
        }
        return new Result(mean, Math.sqrt(var), subsets, m);
    }

    /** The unbiased MMD² of two sets of equal size m under the cubic kernel. */
    static double unbiasedMmd2(Tensor x, Tensor y) {
        int m = x.dim(0);
        double d = x.dim(1);
        double xx = kernelSum(x, x, d, true);
        double yy = kernelSum(y, y, d, true);
        double xy = kernelSum(x, y, d, false);
        return (xx + yy) / ((double) m * (m - 1)) - 2 * xy / ((double) m * m);
    }

    private static double kernelSum(Tensor a, Tensor b, double d, boolean skipDiagonal) {
        float[] dots;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            dots = a.matmul(b, false, true).data();
        }
        int n = a.dim(0);
        int m = b.dim(0);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (skipDiagonal && i == j) {
                    continue;
                }
                double k = dots[i * m + j] / d + 1;
                sum += k * k * k;
            }
        }
        return sum;
    }

    /** {@code m} distinct indices below {@code n} (a partial Fisher-Yates shuffle). */
    private static int[] subset(int n, int m, Rng rng) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, m);
    }
}
