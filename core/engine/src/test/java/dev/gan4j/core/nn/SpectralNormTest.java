package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.autograd.ConvOps;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpectralNormTest {

    @Test
    void sigmaConvergesToTheLargestSingularValueOfAKnownMatrix() {
        // [[1, 2], [3, 4]] has singular values √(15 ± √221): the largest is 5.4649857.
        Linear linear = new Linear(2, 2, false, new Rng(1));
        System.arraycopy(new float[] {1, 2, 3, 4}, 0, linear.weight().data(), 0, 4);
        SpectralNorm sn = new SpectralNorm(linear, new Rng(2));
        Tensor x = Tensor.ones(1, 2);
        for (int i = 0; i < 30; i++) {
            sn.forward(x);
        }
        assertThat(sn.sigma()).isCloseTo(5.4649857f, within(1e-5f));
        float[] y = sn.forward(x).data();
        assertThat(y[0]).isCloseTo((float) (3 / 5.4649857), within(1e-5f));
        assertThat(y[1]).isCloseTo((float) (7 / 5.4649857), within(1e-5f));
    }

    @Test
    void convolutionWeightsAreViewedWithOutputChannelsAsRows() {
        Rng rng = new Rng(3);
        Conv2d conv = new Conv2d(2, 3, 2, 1, 0, rng);
        SpectralNorm sn = new SpectralNorm(conv, rng);
        converge(sn, Tensor.randn(rng, 1, 2, 3, 3));
        assertThat(sn.sigma()).isCloseTo((float) largestSingularValue(matrix(conv.weight(), 0)), within(1e-4f));
    }

    @Test
    void transposedConvolutionWeightsAreViewedWithTheirSecondAxisAsRows() {
        // Weight [Cin 2, Cout 3, 2, 2]: PyTorch's spectral norm takes dim 1, a 3 × 8 matrix, whose
        // largest singular value differs from that of the 2 × 12 matrix with dim 0 as rows.
        Rng rng = new Rng(4);
        ConvTranspose2d deconv = new ConvTranspose2d(2, 3, 2, 2, 0, 0, true, rng);
        SpectralNorm sn = new SpectralNorm(deconv, rng);
        Tensor x = Tensor.randn(rng, 1, 2, 2, 2);
        converge(sn, x);
        double expected = largestSingularValue(matrix(deconv.weight(), 1));
        assertThat(Math.abs(expected - largestSingularValue(matrix(deconv.weight(), 0)))).isGreaterThan(1e-3);
        assertThat(sn.sigma()).isCloseTo((float) expected, within(1e-4f));
        assertThat(sn.u().size()).isEqualTo(3);
        Tensor direct = ConvOps.convTranspose2d(x, deconv.weight().div((float) expected), 2, 2, 0, 0, 0, 0)
                .add(deconv.bias().reshape(1, 3, 1, 1));
        float[] y = sn.forward(x).data();
        for (int i = 0; i < y.length; i++) {
            assertThat(y[i]).isCloseTo(direct.data()[i], within(1e-4f));
        }
    }

    @Test
    void theNormalisedWeightHasSpectralNormOne() {
        Rng rng = new Rng(5);
        Linear linear = new Linear(6, 4, rng);
        SpectralNorm sn = new SpectralNorm(linear, rng);
        converge(sn, Tensor.randn(rng, 2, 6));
        assertThat(largestSingularValue(matrix(sn.normalisedWeight(), 0))).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void onlyTrainingModeAdvancesThePowerIteration() {
        Rng rng = new Rng(6);
        SpectralNorm sn = new SpectralNorm(new Linear(5, 3, rng), rng);
        Tensor x = Tensor.randn(rng, 2, 5);
        float[] u0 = sn.u().toArray();
        sn.train(false);
        sn.forward(x);
        assertThat(sn.u().toArray()).containsExactly(u0);
        assertThat(sn.layer().isTraining()).isFalse();
        sn.train(true);
        sn.forward(x);
        assertThat(sn.u().toArray()).isNotEqualTo(u0);
    }

    @Test
    void namesFollowPyTorch() {
        Rng rng = new Rng(7);
        SpectralNorm sn = new SpectralNorm(new Conv2d(1, 2, 3, 1, 1, rng), rng);
        assertThat(sn.parameters()).extracting(Parameter::name).containsExactly("weight_orig", "bias");
        assertThat(sn.buffers()).extracting(Parameter::name).containsExactly("weight_u", "weight_v");
        assertThat(sn.buffers().get(1).tensor().size()).isEqualTo(9);
    }

    private static void converge(SpectralNorm sn, Tensor x) {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int i = 0; i < 300; i++) {
                sn.forward(x);
            }
        }
    }

    /** The weight as a matrix with {@code axis} as rows, built by explicit index arithmetic. */
    private static double[][] matrix(Tensor w, int axis) {
        int d0 = w.dim(0);
        int d1 = w.dim(1);
        int inner = w.size() / (d0 * d1);
        int rows = axis == 0 ? d0 : d1;
        double[][] m = new double[rows][w.size() / rows];
        for (int i = 0; i < d0; i++) {
            for (int j = 0; j < d1; j++) {
                for (int k = 0; k < inner; k++) {
                    double v = w.data()[(i * d1 + j) * inner + k];
                    if (axis == 0) {
                        m[i][j * inner + k] = v;
                    } else {
                        m[j][i * inner + k] = v;
                    }
                }
            }
        }
        return m;
    }

    /** √(largest eigenvalue of MᵀM), by power iteration in double. */
    private static double largestSingularValue(double[][] m) {
        int cols = m[0].length;
        double[] v = new double[cols];
        Arrays.fill(v, 1.0 / Math.sqrt(cols));
        double lambda = 0;
        for (int it = 0; it < 5000; it++) {
            double[] mv = new double[m.length];
            for (int r = 0; r < m.length; r++) {
                for (int c = 0; c < cols; c++) {
                    mv[r] += m[r][c] * v[c];
                }
            }
            double[] next = new double[cols];
            for (int r = 0; r < m.length; r++) {
                for (int c = 0; c < cols; c++) {
                    next[c] += m[r][c] * mv[r];
                }
            }
            double norm = 0;
            for (double x : next) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            lambda = norm;
            for (int c = 0; c < cols; c++) {
                v[c] = next[c] / norm;
            }
        }
        return Math.sqrt(lambda);
    }
}
