package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Fréchet distance against closed forms computed directly in double precision. */
class FrechetDistanceTest {
    /** A random rotation (orthonormal columns) by Gram-Schmidt of a Gaussian matrix. */
    static double[][] randomRotation(int d, Random r) {
        double[][] q = new double[d][d];
        for (int j = 0; j < d; j++) {
            double[] col = new double[d];
            for (int i = 0; i < d; i++) {
                col[i] = r.nextGaussian();
            }
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += col[i] * q[i][p];
                }
                for (int i = 0; i < d; i++) {
                    col[i] -= dot * q[i][p];
                }
            }
            double norm = 0;
            for (double v : col) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < d; i++) {
                q[i][j] = col[i] / norm;
            }
        }
        return q;
    }

    /** R diag(values) Rᵀ. */
    static double[][] withEigenvalues(double[][] r, double[] values) {
        int d = values.length;
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    out[i][j] += r[i][k] * values[k] * r[j][k];
                }
            }
        }
        return out;
    }

    @Test
    void commutingCovariancesMatchTheClosedForm() {
        Random random = new Random(3);
        int d = 32;
        double[][] r = randomRotation(d, random);
        double[] a = new double[d];
        double[] b = new double[d];
        double[] m1 = new double[d];
        double[] m2 = new double[d];
        double expected = 0;
        for (int i = 0; i < d; i++) {
            a[i] = 0.1 + random.nextDouble() * 3;
            b[i] = 0.1 + random.nextDouble() * 3;
            m1[i] = random.nextGaussian();
            m2[i] = random.nextGaussian();
            expected += (m1[i] - m2[i]) * (m1[i] - m2[i]) + a[i] + b[i] - 2 * Math.sqrt(a[i] * b[i]);
        }
        double fid = FrechetDistance.between(new GaussianStatistics(m1, withEigenvalues(r, a), 0),
                new GaussianStatistics(m2, withEigenvalues(r, b), 0));
        assertThat(fid).isCloseTo(expected, within(1e-9 * expected));
    }

    @Test
    void twoByTwoCovariancesMatchTheClosedFormOfTheTraceOfTheRoot() {
        // tr((S1 S2)^½) = sqrt(tr(S1 S2) + 2 sqrt(det S1 det S2)) for 2 x 2 positive definite matrices
        double[][] s1 = {{2.0, 0.7}, {0.7, 1.0}};
        double[][] s2 = {{0.5, -0.2}, {-0.2, 3.0}};
        double trProduct = s1[0][0] * s2[0][0] + s1[0][1] * s2[1][0] + s1[1][0] * s2[0][1] + s1[1][1] * s2[1][1];
        double det1 = s1[0][0] * s1[1][1] - s1[0][1] * s1[1][0];
        double det2 = s2[0][0] * s2[1][1] - s2[0][1] * s2[1][0];
        double traceRoot = Math.sqrt(trProduct + 2 * Math.sqrt(det1 * det2));
        double expected = 1 + 4 + (2.0 + 1.0) + (0.5 + 3.0) - 2 * traceRoot;
        double fid = FrechetDistance.between(new GaussianStatistics(new double[] {0, 0}, s1, 0),
                new GaussianStatistics(new double[] {1, 2}, s2, 0));
        assertThat(fid).isCloseTo(expected, within(1e-12));
    }

    @Test
    void samplesOfKnownGaussiansGiveNearlyTheClosedForm() {
        Random random = new Random(11);
        int d = 8;
        int n = 40_000;
        double[][] r = randomRotation(d, random);
        double[] a = new double[d];
        double[] b = new double[d];
        double expected = 0;
        for (int i = 0; i < d; i++) {
            a[i] = 0.5 + i * 0.25;
            b[i] = 2.0 - i * 0.15;
            expected += a[i] + b[i] - 2 * Math.sqrt(a[i] * b[i]);
        }
        expected += d * 0.25; // means differ by 0.5 in every coordinate
        Tensor x = sample(r, a, 0.0, n, random);
        Tensor y = sample(r, b, 0.5, n, random);
        double fid = FrechetDistance.between(GaussianStatistics.of(x), GaussianStatistics.of(y));
        assertThat(fid).isCloseTo(expected, within(0.05 * expected));
    }

    private static Tensor sample(double[][] r, double[] variances, double shift, int n, Random random) {
        int d = variances.length;
        float[] out = new float[n * d];
        double[] z = new double[d];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < d; k++) {
                z[k] = random.nextGaussian() * Math.sqrt(variances[k]);
            }
            for (int i = 0; i < d; i++) {
                double v = shift;
                for (int k = 0; k < d; k++) {
                    v += r[i][k] * z[k];
                }
                out[s * d + i] = (float) v;
            }
        }
        return Tensor.of(out, n, d);
    }

    @Test
    void identicalStatisticsAreAtDistanceZeroEvenWhenSingular() {
        float[] repeated = new float[100 * 4];
        for (int i = 0; i < 100; i++) {
            repeated[i * 4] = 1;
            repeated[i * 4 + 1] = 2;
        }
        GaussianStatistics one = GaussianStatistics.of(Tensor.of(repeated, 100, 4));
        assertThat(FrechetDistance.between(one, one)).isCloseTo(0, within(1e-12));
    }

    @Test
    void rejectsStatisticsOfDifferentDimensions() {
        GaussianStatistics two = new GaussianStatistics(new double[2], new double[][] {{1, 0}, {0, 1}}, 0);
        GaussianStatistics one = new GaussianStatistics(new double[1], new double[][] {{1}}, 0);
        assertThatThrownBy(() -> FrechetDistance.between(two, one)).hasMessageContaining("2 and 1");
    }
}
