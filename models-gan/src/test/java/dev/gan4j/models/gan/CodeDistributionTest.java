package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The Gaussian fitted to an autoencoder's codes, and the draws it gives. */
class CodeDistributionTest {
    private static final float[] MEAN = {2f, -1f};
    // codes = MEAN + ε·Aᵀ with A = [[1, 0], [0.6, 0.5]], so Σ = A·Aᵀ = [[1, 0.6], [0.6, 0.61]]
    private static final float[] MIXING = {1f, 0f, 0.6f, 0.5f};
    private static final double[] COVARIANCE = {1, 0.6, 0.6, 0.61};

    private static Tensor correlatedCodes(Rng rng, int n) {
        return Tensor.randn(rng, n, 2).matmul(Tensor.of(MIXING.clone(), 2, 2), false, true).add(Tensor.of(MEAN.clone(), 2));
    }

    @Test
    void startsAsTheStandardNormal() {
        CodeDistribution codes = new CodeDistribution(3, 0.05);
        Tensor noise = Tensor.randn(new Rng(1), 4, 3);
        float[] mapped = codes.forward(noise).data();
        for (int i = 0; i < mapped.length; i++) {
            assertThat(mapped[i]).isCloseTo(noise.data()[i], within(1e-5f));
        }
    }

    @Test
    void fitsTheMeanAndCovarianceOfRecentCodesAndDrawsFromThem() {
        CodeDistribution codes = new CodeDistribution(2, 0.05);
        Rng rng = new Rng(2);
        for (int batch = 0; batch < 400; batch++) {
            codes.update(correlatedCodes(rng, 256));
        }
        for (int j = 0; j < 2; j++) {
            assertThat(codes.mean().data()[j]).isCloseTo(MEAN[j], within(0.05f));
        }
        for (int k = 0; k < 4; k++) {
            assertThat((double) codes.covariance().data()[k]).isCloseTo(COVARIANCE[k], within(0.05));
        }

        Tensor draws = codes.forward(Tensor.randn(new Rng(3), 20000, 2));
        double[] mean = new double[2];
        for (int i = 0; i < 20000; i++) {
            mean[0] += draws.get(i, 0) / 20000;
            mean[1] += draws.get(i, 1) / 20000;
        }
        double[] covariance = new double[4];
        for (int i = 0; i < 20000; i++) {
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    covariance[a * 2 + b] += (draws.get(i, a) - mean[a]) * (draws.get(i, b) - mean[b]) / 20000;
                }
            }
        }
        for (int j = 0; j < 2; j++) {
            assertThat(mean[j]).isCloseTo(MEAN[j], within(0.08));
        }
        for (int k = 0; k < 4; k++) {
            assertThat(covariance[k]).isCloseTo(COVARIANCE[k], within(0.08));
        }
    }

    @Test
    void collapsedCodesStillGiveFiniteDraws() {
        CodeDistribution codes = new CodeDistribution(2, 1.0);
        codes.update(Tensor.of(new float[] {1f, 1f, 1f, 1f, 1f, 1f}, 3, 2));
        for (float v : codes.forward(Tensor.randn(new Rng(4), 5, 2)).data()) {
            assertThat(v).isFinite().isCloseTo(1f, within(0.01f));
        }
    }

    @Test
    void meanAndCovarianceAreBuffersForCheckpoints() {
        CodeDistribution codes = new CodeDistribution(3, 0.05);
        assertThat(codes.parameters()).isEmpty();
        assertThat(codes.buffers()).extracting(p -> p.name()).containsExactly("mean", "covariance");
    }
}
