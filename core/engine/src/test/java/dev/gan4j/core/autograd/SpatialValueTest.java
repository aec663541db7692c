package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.counting;
import static dev.gan4j.core.autograd.SampleTensors.gaussian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forward values of the spatial ops against hand values, and each op against its adjoint. */
class SpatialValueTest {

    @Test
    void reflectionPaddingMirrorsWithoutRepeatingTheEdge() {
        Tensor x = counting(1, 1, 2, 3); // [[0, 1, 2], [3, 4, 5]]
        Tensor y = SpatialOps.reflectionPad2d(x, 2, 1, 1, 0);
        assertThat(y.dims()).containsExactly(1, 1, 3, 6);
        assertThat(y.toArray()).containsExactly(
                5, 4, 3, 4, 5, 4,
                2, 1, 0, 1, 2, 1,
                5, 4, 3, 4, 5, 4);
    }

    @Test
    void reflectionPaddingAdjointFoldsThePaddingBack() {
        Tensor g = Tensor.ones(1, 1, 3, 6);
        // with pads (2, 1, 1, 0) on a 2x3 input, counting how often each pixel appears in the padded image
        assertThat(SpatialOps.reflectionPad2dAdjoint(g, 2, 1, 1, 0).toArray()).containsExactly(1, 3, 2, 2, 6, 4);
    }

    @ParameterizedTest(name = "pads {0} {1} {2} {3}")
    @CsvSource({"1, 1, 1, 1", "2, 0, 3, 1", "0, 0, 0, 0", "3, 2, 1, 2"})
    void reflectionPaddingAndItsAdjointAreAdjoint(int left, int right, int top, int bottom) {
        Tensor x = gaussian(1, 2, 3, 4, 4);
        Tensor y = gaussian(2, 2, 3, 4 + top + bottom, 4 + left + right);
        double lhs = SpatialOps.reflectionPad2d(x, left, right, top, bottom).mul(y).sum().item();
        double rhs = SpatialOps.reflectionPad2dAdjoint(y, left, right, top, bottom).mul(x).sum().item();
        assertThat(lhs).isCloseTo(rhs, within(1e-4));
    }

    @Test
    void upsampleNearestRepeatsEachPixel() {
        Tensor x = counting(1, 1, 2, 2);
        assertThat(SpatialOps.upsampleNearest2d(x, 2).toArray()).containsExactly(
                0, 0, 1, 1,
                0, 0, 1, 1,
                2, 2, 3, 3,
                2, 2, 3, 3);
        assertThat(SpatialOps.upsampleNearest2d(x, 1).toArray()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void blockSumAndAveragePoolingAgreeWithHandValues() {
        Tensor x = counting(1, 2, 2, 4);
        // channel 0: [[0,1,2,3],[4,5,6,7]]; channel 1: [[8..11],[12..15]]
        assertThat(SpatialOps.blockSum2d(x, 2).toArray()).containsExactly(10, 18, 42, 50);
        assertThat(SpatialOps.avgPool2d(x, 2).toArray()).containsExactly(2.5f, 4.5f, 10.5f, 12.5f);
    }

    @Test
    void blockSumIsTheAdjointOfUpsampling() {
        Tensor x = gaussian(3, 2, 3, 3, 2);
        Tensor y = gaussian(4, 2, 3, 9, 6);
        double lhs = SpatialOps.upsampleNearest2d(x, 3).mul(y).sum().item();
        double rhs = SpatialOps.blockSum2d(y, 3).mul(x).sum().item();
        assertThat(lhs).isCloseTo(rhs, within(1e-4));
    }
}
