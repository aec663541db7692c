package dev.gan4j.core.eval;

/**
 * The eigen-decomposition {@code A = V diag(λ) Vᵀ} of a real symmetric matrix, in double
 * precision: Householder reduction to tridiagonal form, then the implicit QL iteration with
 * Wilkinson-style shifts, accumulating the rotations into {@code V} when the vectors are wanted.
 * Both steps cost O(n³); a 256 x 256 matrix takes a few tens of milliseconds, a 2048 x 2048 one
 * (Inception features) some tens of seconds.
 */
public final class SymmetricEigen {
    private static final int MAX_ITERATIONS_PER_VALUE = 100;

    private final double[] values;
    private final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * Decomposes the symmetric matrix {@code a} (only read, never changed).
     *
     * @param wantVectors whether to compute the eigenvectors as well as the eigenvalues
     * @throws IllegalArgumentException when {@code a} is not square or holds a non-finite value
     * @throws ArithmeticException      when the iteration does not converge (it always does for a
     *                                  finite symmetric matrix)
     */
    public static SymmetricEigen of(double[][] a, boolean wantVectors) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("An eigen-decomposition needs a square matrix, but row " + i
                        + " has " + a[i].length + " entries and there are " + n + " rows.");
            }
            for (double v : a[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("The matrix to decompose holds " + v + " in row " + i
                            + "; every entry must be a finite number.");
                }
            }
            m[i] = a[i].clone();
        }
        double[][] q = wantVectors ? identity(n) : null;
        double[] diagonal = new double[n];
        double[] offDiagonal = new double[n];
        tridiagonalise(m, q, diagonal, offDiagonal);
        diagonaliseTridiagonal(diagonal, offDiagonal, q);
        return new SymmetricEigen(diagonal, q);
    }

    /** The eigenvalues, in no particular order (a copy). */
    public double[] values() {
        return values.clone();
    }

    /**
     * The eigenvectors as columns, {@code vectors()[row][k]} belonging to {@code values()[k]} (a copy).
     *
     * @throws IllegalStateException when the decomposition was made without vectors
     */
    public double[][] vectors() {
        if (vectors == null) {
            throw new IllegalStateException("This decomposition was made without eigenvectors; decompose with "
                    + "wantVectors = true to get them.");
        }
        double[][] copy = new double[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            copy[i] = vectors[i].clone();
        }
        return copy;
    }

    /**
     * {@code V f(λ) Vᵀ} with {@code f} applied to each eigenvalue: the matrix square root for
     * {@code f(λ) = sqrt(max(λ, 0))}.
     */
    public double[][] apply(java.util.function.DoubleUnaryOperator f) {
        int n = values.length;
        double[][] v = vectors();
        double[] fv = new double[n];
        for (int k = 0; k < n; k++) {
            fv[k] = f.applyAsDouble(values[k]);
        }
        double[][] out = new double[n][n];
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                scaled[k] = v[i][k] * fv[k];
            }
            for (int j = i; j < n; j++) {
                double s = 0;
                double[] vj = v[j];
                for (int k = 0; k < n; k++) {
                    s += scaled[k] * vj[k];
                }
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }

    private static double[][] identity(int n) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
        }
        return q;
    }

    /**
     * Reduces {@code m} in place by Householder reflections {@code H = I - β v vᵀ}, one per
     * column, to a tridiagonal matrix (diagonal and sub-diagonal out), and multiplies them into
     * {@code q} (when not null) so that {@code a = q T qᵀ}.
     */
    private static void tridiagonalise(double[][] m, double[][] q, double[] diagonal, double[] offDiagonal) {
        int n = m.length;
        double[] v = new double[n];
        double[] p = new double[n];
        for (int k = 0; k + 2 < n; k++) {
            int first = k + 1;
            double norm2 = 0;
            for (int i = first; i < n; i++) {
                norm2 += m[i][k] * m[i][k];
            }
            double tail = norm2 - m[first][k] * m[first][k];
            if (tail == 0) {
                continue; // the column is already tridiagonal
            }
            double norm = Math.sqrt(norm2);
            double alpha = m[first][k] > 0 ? -norm : norm;
            for (int i = first; i < n; i++) {
                v[i] = m[i][k];
            }
            v[first] -= alpha;
            double vv = 0;
            for (int i = first; i < n; i++) {
                vv += v[i] * v[i];
            }
            double beta = 2 / vv;
            // p = β M v over the trailing block; w = p - (β/2)(pᵀv) v; M -= v wᵀ + w vᵀ
            double pv = 0;
            for (int i = first; i < n; i++) {
                double s = 0;
                double[] row = m[i];
                for (int j = first; j < n; j++) {
                    s += row[j] * v[j];
                }
                p[i] = beta * s;
                pv += p[i] * v[i];
            }
            double half = beta * pv / 2;
            for (int i = first; i < n; i++) {
                p[i] -= half * v[i];
            }
            for (int i = first; i < n; i++) {
                double[] row = m[i];
                double vi = v[i];
                double wi = p[i];
                for (int j = first; j < n; j++) {
                    row[j] -= vi * p[j] + wi * v[j];
                }
            }
            m[first][k] = alpha;
            m[k][first] = alpha;
            for (int i = first + 1; i < n; i++) {
                m[i][k] = 0;
                m[k][i] = 0;
            }
            if (q != null) {
                // q = q H: each row r of q loses β (r·v) v
                for (double[] row : q) {
                    double s = 0;
                    for (int j = first; j < n; j++) {
                        s += row[j] * v[j];
                    }
                    s *= beta;
                    for (int j = first; j < n; j++) {
                        row[j] -= s * v[j];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            diagonal[i] = m[i][i];
            offDiagonal[i] = i + 1 < n ? m[i + 1][i] : 0;
        }
    }

    /**
     * Diagonalises the symmetric tridiagonal matrix (diagonal {@code d}, sub-diagonal {@code e},
     * {@code e[i]} joining rows i and i + 1) by implicit QL sweeps with a shift from the leading
     * 2 x 2 block; the eigenvalues end up in {@code d} and each Givens rotation is applied to the
     * columns of {@code q}.
     */
    private static void diagonaliseTridiagonal(double[] d, double[] e, double[][] q) {
        int n = d.length;
        // An off-diagonal entry counts as zero when it is negligible next to its neighbours or, for
        // tiny eigenvalues beside large ones, below the rounding error of the whole matrix.
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(d[i]) + Math.abs(e[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0));
        }
        double negligible = Math.ulp(1.0) * norm;
        for (int l = 0; l < n; l++) {
            int iterations = 0;
            while (true) {
                int m = l;
                while (m + 1 < n) {
                    double scale = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) <= Math.max(Math.ulp(scale), negligible)) {
                        break;
                    }
                    m++;
                }
                if (m == l) {
                    break;
                }
                if (++iterations > MAX_ITERATIONS_PER_VALUE) {
                    throw new ArithmeticException("The symmetric eigen-decomposition did not converge for eigenvalue "
                            + l + " after " + MAX_ITERATIONS_PER_VALUE + " iterations.");
                }
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Math.hypot(g, 1);
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
                double s = 1;
                double c = 1;
                double shiftAccumulated = 0;
                boolean deflated = false;
                for (int i = m - 1; i >= l; i--) {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = Math.hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0) {
                        d[i + 1] -= shiftAccumulated;
                        e[m] = 0;
                        deflated = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - shiftAccumulated;
                    r = (d[i] - g) * s + 2 * c * b;
                    shiftAccumulated = s * r;
                    d[i + 1] = g + shiftAccumulated;
                    g = c * r - b;
                    if (q != null) {
                        for (double[] row : q) {
                            double upper = row[i + 1];
                            row[i + 1] = s * row[i] + c * upper;
                            row[i] = c * row[i] - s * upper;
                        }
                    }
                }
                if (!deflated) {
                    d[l] -= shiftAccumulated;
                    e[l] = g;
                    e[m] = 0;
                }
            }
        }
    }
}
