package dev.gan4j.core.eval;

/**
 * The Fréchet distance between two Gaussians fitted to feature vectors (FID when the features are
 * Inception's; Heusel et al., "GANs trained by a two time-scale update rule converge to a local
 * Nash equilibrium", NeurIPS 2017):
 * <pre>
 *   d² = |μ₁ - μ₂|² + tr(Σ₁) + tr(Σ₂) - 2 tr((Σ₁ Σ₂)^½)
 * </pre>
 * computed in double precision. {@code tr((Σ₁ Σ₂)^½)} is found without a general matrix square
 * root: {@code Σ₁ Σ₂} has the same eigenvalues as the symmetric positive semi-definite
 * {@code Σ₁^½ Σ₂ Σ₁^½}, so it is the sum of the square roots of that matrix's eigenvalues, and
 * {@code Σ₁^½} comes from the eigen-decomposition of {@code Σ₁}. Eigenvalues that rounding makes
 * slightly negative count as zero, so singular covariances (one repeated image) work.
 */
public final class FrechetDistance {
    private FrechetDistance() {
    }

    /**
     * The squared Fréchet distance between two sets of statistics of the same dimension (never
     * negative: rounding below zero gives 0).
     *
     * @throws IllegalArgumentException naming both dimensions when they differ
     */
    public static double between(GaussianStatistics first, GaussianStatistics second) {
        int d = first.dimension();
        if (second.dimension() != d) {
            throw new IllegalArgumentException("The two feature sets have different dimensions, " + d + " and "
                    + second.dimension() + "; compare features from the same extractor.");
        }
        double[] m1 = first.meanView();
        double[] m2 = second.meanView();
        double meanTerm = 0;
        for (int i = 0; i < d; i++) {
            double diff = m1[i] - m2[i];
            meanTerm += diff * diff;
        }
        double[][] s1 = first.covarianceView();
        double[][] s2 = second.covarianceView();
        double trace = 0;
        for (int i = 0; i < d; i++) {
            trace += s1[i][i] + s2[i][i];
        }
        double distance = meanTerm + trace - 2 * traceOfSquareRootOfProduct(s1, s2);
        return Math.max(0, distance);
    }

    /** {@code tr((s1 s2)^½)} for symmetric positive semi-definite {@code s1}, {@code s2}. */
    static double traceOfSquareRootOfProduct(double[][] s1, double[][] s2) {
        double[][] root = SymmetricEigen.of(s1, true).apply(v -> Math.sqrt(Math.max(v, 0)));
        double[][] inner = multiply(multiply(root, s2), root);
        symmetrise(inner);
        double sum = 0;
        for (double v : SymmetricEigen.of(inner, false).values()) {
            sum += Math.sqrt(Math.max(v, 0));
        }
        return sum;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] row = out[i];
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                double[] bk = b[k];
                for (int j = 0; j < n; j++) {
                    row[j] += aik * bk[j];
                }
            }
        }
        return out;
    }

    private static void symmetrise(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double mean = (m[i][j] + m[j][i]) / 2;
                m[i][j] = mean;
                m[j][i] = mean;
            }
        }
    }
}
