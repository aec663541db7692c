package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.gaussian;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finite-difference gradient checks of the spatial ops: reflection padding and its adjoint,
 * nearest upsampling, block sums and average pooling.
 */
class SpatialGradientTest {

    @ParameterizedTest(name = "pad left {0}, right {1}, top {2}, bottom {3}")
    @CsvSource({"1, 1, 1, 1", "2, 0, 1, 3", "0, 0, 0, 0", "3, 3, 0, 2", "0, 1, 3, 0"})
    void reflectionPad2dMatchesFiniteDifferences(int left, int right, int top, int bottom) {
        GradientCheck.standard().check(in -> SpatialOps.reflectionPad2d(in.get(0), left, right, top, bottom),
                gaussian(1, 2, 2, 4, 5));
    }

    @ParameterizedTest(name = "pad left {0}, right {1}, top {2}, bottom {3}")
    @CsvSource({"1, 1, 1, 1", "2, 0, 1, 3", "3, 3, 0, 2"})
    void reflectionPad2dAdjointMatchesFiniteDifferences(int left, int right, int top, int bottom) {
        GradientCheck.standard().check(
                in -> SpatialOps.reflectionPad2dAdjoint(in.get(0), left, right, top, bottom),
                gaussian(2, 2, 2, 4 + top + bottom, 5 + left + right));
    }

    @ParameterizedTest(name = "factor {0}")
    @ValueSource(ints = {1, 2, 3})
    void upsampleNearest2dMatchesFiniteDifferences(int factor) {
        GradientCheck.standard().check(in -> SpatialOps.upsampleNearest2d(in.get(0), factor), gaussian(3, 2, 2, 3, 2));
    }

    @ParameterizedTest(name = "block {0}")
    @ValueSource(ints = {1, 2, 3})
    void blockSum2dMatchesFiniteDifferences(int block) {
        GradientCheck.standard().check(in -> SpatialOps.blockSum2d(in.get(0), block).tanh(),
                gaussian(4, 2, 2, 2 * block, 3 * block).mul(0.3f));
    }

    @ParameterizedTest(name = "kernel {0}")
    @ValueSource(ints = {1, 2, 3})
    void avgPool2dMatchesFiniteDifferences(int kernel) {
        GradientCheck.standard().check(in -> SpatialOps.avgPool2d(in.get(0), kernel).tanh(),
                gaussian(5, 2, 2, 2 * kernel, 3 * kernel));
    }
}
