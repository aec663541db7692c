package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {
    static double[][] randomSymmetric(int n, long seed) {
        Random r = new Random(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = r.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    @Test
    void decompositionReconstructsTheMatrixWithOrthonormalVectors() {
        for (int n : new int[] {1, 2, 3, 17, 64}) {
            double[][] a = randomSymmetric(n, n);
            SymmetricEigen eigen = SymmetricEigen.of(a, true);
            double[] values = eigen.values();
            double[][] v = eigen.vectors();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double reconstructed = 0;
                    double gram = 0;
                    for (int k = 0; k < n; k++) {
                        reconstructed += v[i][k] * values[k] * v[j][k];
                        gram += v[k][i] * v[k][j];
                    }
                    assertThat(reconstructed).as("A[%d][%d] of n=%d", i, j, n).isCloseTo(a[i][j], within(1e-9));
                    assertThat(gram).as("(VᵀV)[%d][%d]", i, j).isCloseTo(i == j ? 1 : 0, within(1e-9));
                }
            }
        }
    }

    @Test
    void valuesAloneEqualThoseWithVectors() {
        double[][] a = randomSymmetric(40, 5);
        double[] with = SymmetricEigen.of(a, true).values();
        double[] without = SymmetricEigen.of(a, false).values();
        Arrays.sort(with);
        Arrays.sort(without);
        for (int i = 0; i < with.length; i++) {
            assertThat(without[i]).isCloseTo(with[i], within(1e-10));
        }
    }

    @Test
    void diagonalMatrixWithRepeatedValuesKeepsThem() {
        double[][] a = {{2, 0, 0}, {0, 2, 0}, {0, 0, -1}};
        double[] values = SymmetricEigen.of(a, true).values();
        Arrays.sort(values);
        assertThat(values).containsExactly(new double[] {-1, 2, 2}, within(1e-12));
    }

    @Test
    void squareRootSquaresBackToThePositiveSemiDefiniteMatrix() {
        double[][] b = randomSymmetric(12, 9);
        double[][] a = new double[12][12];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                for (int k = 0; k < 12; k++) {
                    a[i][j] += b[i][k] * b[j][k];
                }
            }
        }
        double[][] root = SymmetricEigen.of(a, true).apply(v -> Math.sqrt(Math.max(v, 0)));
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                double square = 0;
                for (int k = 0; k < 12; k++) {
                    square += root[i][k] * root[k][j];
                }
                assertThat(square).isCloseTo(a[i][j], within(1e-8));
            }
        }
    }

    @Test
    void convergesOnANearlySingularCovarianceWithAHugeRangeOfEigenvalues() {
        // the covariance of nearly identical samples (an early generator): a few large eigenvalues
        // and many at the level of rounding, which once stopped the iteration from converging
        int d = 64;
        java.util.Random random = new java.util.Random(4);
        double[][] r = FrechetDistanceTest.randomRotation(d, random);
        double[] values = new double[d];
        for (int i = 0; i < d; i++) {
            values[i] = i < 3 ? 1e3 * (i + 1) : 1e-14 * random.nextDouble();
        }
        double[][] a = FrechetDistanceTest.withEigenvalues(r, values);
        double[] found = SymmetricEigen.of(a, true).values();
        Arrays.sort(found);
        assertThat(found[d - 1]).isCloseTo(3e3, within(1e-8));
        assertThat(found[0]).isCloseTo(0, within(1e-9));
    }

    @Test
    void rejectsANonSquareOrNonFiniteMatrix() {
        assertThatThrownBy(() -> SymmetricEigen.of(new double[][] {{1, 2}, {3}}, false))
                .hasMessageContaining("square matrix").hasMessageContaining("row 1");
        assertThatThrownBy(() -> SymmetricEigen.of(new double[][] {{Double.NaN}}, false))
                .hasMessageContaining("NaN").hasMessageContaining("finite");
    }
}
