package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.gaussian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The per-image translation of differentiable augmentation: its values, its gradient against
 * finite differences (offsets inside, at and beyond the image's size) and its sentences for bad
 * input; the gradient of its gradient is checked with the other linear ops in SecondOrderGradientTest.
 */
class TranslateGradientTest {

    @Test
    void movesEachImageByItsOwnOffsetAndShiftsInZeros() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 2, 1, 3, 3);
        Tensor y = TranslateOps.translate2d(x, new int[] {1, 0}, new int[] {0, -1});
        assertThat(y.toArray()).containsExactly(
                0, 0, 0, 1, 2, 3, 4, 5, 6,
                2, 3, 0, 5, 6, 0, 8, 9, 0);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        GradientCheck.standard().check(
                in -> TranslateOps.translate2d(in.get(0), new int[] {1, -2, 0, 5}, new int[] {-1, 2, 0, 0}).tanh(),
                gaussian(11, 4, 2, 4, 5).mul(0.5f));
    }

    @Test
    void refusesAnOffsetCountThatIsNotTheBatchSize() {
        assertThatThrownBy(() -> TranslateOps.translate2d(Tensor.zeros(3, 1, 4, 4), new int[] {0, 1}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 3 images, but 2 row and 2 column offsets were given");
    }

    @Test
    void refusesATensorThatIsNotAnImageBatch() {
        assertThatThrownBy(() -> TranslateOps.translate2d(Tensor.zeros(3, 4), new int[3], new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an NCHW image batch");
    }
}
