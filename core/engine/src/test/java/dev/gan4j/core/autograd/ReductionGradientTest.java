package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.gaussian;

import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finite-difference gradient checks of sum and mean (over everything and over chosen axes, with
 * and without kept dimensions), broadcastTo and sumToShape. The reductions are followed by a
 * nonlinearity, so a gradient that is right only up to a constant still fails.
 */
class ReductionGradientTest {

    static Stream<Arguments> axisChoices() {
        return Stream.of(
                Arguments.of(new int[] {0}, true),
                Arguments.of(new int[] {0}, false),
                Arguments.of(new int[] {1}, true),
                Arguments.of(new int[] {3}, false),
                Arguments.of(new int[] {-1}, true),
                Arguments.of(new int[] {0, 2, 3}, true),
                Arguments.of(new int[] {0, 2, 3}, false),
                Arguments.of(new int[] {1, 2}, false),
                Arguments.of(new int[] {3, 0}, true),
                Arguments.of(new int[] {0, 1, 2, 3}, false),
                Arguments.of(new int[] {}, false));
    }

    @Test
    void sumOfAllElementsMatchesFiniteDifferences() {
        GradientCheck.standard().check(in -> in.get(0).sum().tanh(), gaussian(1, 2, 3, 2).mul(0.3f));
    }

    @Test
    void meanOfAllElementsMatchesFiniteDifferences() {
        GradientCheck.standard().check(in -> in.get(0).mean().tanh(), gaussian(2, 2, 3, 2));
    }

    @ParameterizedTest(name = "axes {0}, keepDims {1}")
    @MethodSource("axisChoices")
    void sumOverAxesMatchesFiniteDifferences(int[] axes, boolean keepDims) {
        GradientCheck.standard().check(in -> in.get(0).sum(axes, keepDims).tanh(), gaussian(3, 2, 3, 2, 3).mul(0.4f));
    }

    @ParameterizedTest(name = "axes {0}, keepDims {1}")
    @MethodSource("axisChoices")
    void meanOverAxesMatchesFiniteDifferences(int[] axes, boolean keepDims) {
        GradientCheck.standard().check(in -> in.get(0).mean(axes, keepDims).tanh(), gaussian(4, 2, 3, 2, 3));
    }

    @Test
    void sumOverAxesOfSizeOneMatchesFiniteDifferences() {
        GradientCheck.standard().check(in -> in.get(0).sum(new int[] {1, 3}, false).tanh(), gaussian(5, 3, 1, 4, 1));
    }

    static Stream<Arguments> broadcastPairs() {
        return Stream.of(
                Arguments.of(new int[] {1, 3, 1, 1}, new int[] {2, 3, 2, 2}),
                Arguments.of(new int[] {3, 1, 1}, new int[] {2, 3, 2, 2}),
                Arguments.of(new int[] {}, new int[] {2, 3}),
                Arguments.of(new int[] {4, 1}, new int[] {4, 3}),
                Arguments.of(new int[] {1, 3}, new int[] {4, 3}),
                Arguments.of(new int[] {3}, new int[] {2, 4, 3}),
                Arguments.of(new int[] {2, 1, 3}, new int[] {2, 4, 3}),
                Arguments.of(new int[] {2, 3}, new int[] {2, 3}));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("broadcastPairs")
    void broadcastToMatchesFiniteDifferences(int[] source, int[] target) {
        Tensor weights = gaussian(6, target);
        GradientCheck.standard().check(in -> in.get(0).broadcastTo(Shape.of(target)).mul(weights).tanh(),
                gaussian(7, source));
    }

    @ParameterizedTest(name = "{1} down to {0}")
    @MethodSource("broadcastPairs")
    void sumToShapeMatchesFiniteDifferences(int[] target, int[] source) {
        GradientCheck.standard().check(in -> in.get(0).sumToShape(Shape.of(target)).mul(0.5f).tanh(),
                gaussian(8, source));
    }
}
