package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.awayFromZero;
import static dev.gan4j.core.autograd.SampleTensors.gaussian;
import static dev.gan4j.core.autograd.SampleTensors.positive;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Finite-difference gradient checks of the elementwise ops, unary and broadcasting binary. */
class ElementwiseGradientTest {

    static Stream<Arguments> unaryOps() {
        return Stream.of(
                unary("neg", Tensor::neg, awayFromZero(1, 3, 4)),
                unary("scale by a constant", x -> x.mul(-2.5f), awayFromZero(2, 3, 4)),
                unary("divide by a constant", x -> x.div(4f), awayFromZero(3, 3, 4)),
                unary("add a constant", x -> x.add(0.7f), awayFromZero(4, 3, 4)),
                unary("subtract a constant", x -> x.sub(0.7f), awayFromZero(5, 3, 4)),
                unary("square", Tensor::square, awayFromZero(6, 3, 4)),
                unary("sqrt", Tensor::sqrt, positive(7, 3, 4)),
                unary("exp", Tensor::exp, awayFromZero(8, 3, 4)),
                unary("log", Tensor::log, positive(9, 3, 4)),
                unary("abs", Tensor::abs, awayFromZero(10, 3, 4)),
                unary("clamp", x -> x.clamp(-0.8f, 0.9f), awayFromBounds(11, -0.8f, 0.9f)),
                unary("relu", Tensor::relu, awayFromZero(12, 3, 4)),
                unary("leakyRelu", x -> x.leakyRelu(0.2f), awayFromZero(13, 3, 4)),
                unary("tanh", Tensor::tanh, gaussian(14, 3, 4)),
                unary("sigmoid", Tensor::sigmoid, gaussian(15, 3, 4).mul(2f)),
                unary("softplus", Tensor::softplus, gaussian(16, 3, 4).mul(2f)),
                unary("logSigmoid", Tensor::logSigmoid, gaussian(17, 3, 4).mul(2f)));
    }

    private static Arguments unary(String name, UnaryOperator<Tensor> op, Tensor input) {
        return Arguments.of(name, op, input);
    }

    /** Values in [-2, 2] at least 0.1 from either clamp bound, so some are clamped and some pass. */
    private static Tensor awayFromBounds(long seed, float min, float max) {
        Tensor t = Tensor.uniform(new Rng(seed), -2f, 2f, 3, 4);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            if (Math.abs(d[i] - min) < 0.1f || Math.abs(d[i] - max) < 0.1f) {
                d[i] += 0.25f;
            }
        }
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaryOps")
    void unaryOpMatchesFiniteDifferences(String name, UnaryOperator<Tensor> op, Tensor input) {
        GradientCheck.standard().check(in -> op.apply(in.get(0)), input);
    }

    static Stream<Arguments> binaryOps() {
        return Stream.of(
                Arguments.of("add", (Binary) Tensor::add),
                Arguments.of("sub", (Binary) Tensor::sub),
                Arguments.of("mul", (Binary) Tensor::mul),
                Arguments.of("div", (Binary) (a, b) -> a.div(b.abs().add(0.5f))),
                Arguments.of("maximum", (Binary) Tensor::maximum),
                Arguments.of("minimum", (Binary) Tensor::minimum));
    }

    /** A binary op under test; div keeps its divisor away from zero. */
    @FunctionalInterface
    interface Binary {
        Tensor apply(Tensor a, Tensor b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpOfEqualShapesMatchesFiniteDifferences(String name, Binary op) {
        check(op, new int[] {3, 4}, new int[] {3, 4}, 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpWithPerChannelOperandMatchesFiniteDifferences(String name, Binary op) {
        check(op, new int[] {2, 3, 2, 2}, new int[] {1, 3, 1, 1}, 21);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpWithRankThreeChannelOperandMatchesFiniteDifferences(String name, Binary op) {
        check(op, new int[] {2, 3, 2, 2}, new int[] {3, 1, 1}, 22);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpWithScalarMatchesFiniteDifferences(String name, Binary op) {
        check(op, new int[] {2, 3, 2}, new int[] {}, 23);
        check(op, new int[] {}, new int[] {2, 3}, 24);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpOfColumnAndRowMatchesFiniteDifferences(String name, Binary op) {
        check(op, new int[] {4, 1}, new int[] {1, 3}, 25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpOfMismatchedRanksMatchesFiniteDifferences(String name, Binary op) {
        check(op, new int[] {2, 3, 4}, new int[] {4}, 26);
        check(op, new int[] {3, 1}, new int[] {2, 1, 4}, 27);
    }

    private static void check(Binary op, int[] shapeA, int[] shapeB, long seed) {
        // a on the grid 0.1·k and b on 0.1·k + 0.05: every pair is at least 0.05 apart, far more than
        // the finite-difference step, so maximum and minimum never switch sides during the check
        Tensor a = onGrid(awayFromZero(seed, shapeA), 0f);
        Tensor b = onGrid(awayFromZero(seed + 100, shapeB), 0.05f);
        GradientCheck.standard().check(in -> op.apply(in.get(0), in.get(1)), a, b);
    }

    private static Tensor onGrid(Tensor t, float offset) {
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.round(d[i] * 10f) / 10f + offset;
        }
        return t;
    }

    @Test
    void chainOfElementwiseOpsMatchesFiniteDifferences() {
        Function<List<Tensor>, Tensor> f = in -> in.get(0).mul(in.get(1)).tanh().add(in.get(1).softplus())
                .div(in.get(0).square().add(1f)).sigmoid();
        GradientCheck.standard().check(f, gaussian(30, 2, 3), gaussian(31, 3));
    }

    @Test
    void dropoutWithAFixedRngMatchesFiniteDifferences() {
        GradientCheck.standard().check(in -> RandomOps.dropout(in.get(0), 0.4f, new Rng(5)), gaussian(32, 4, 5));
    }

    @Test
    void dropoutGradientIsTheScaledMask() {
        Tensor x = Tensor.ones(200).requiresGrad(true);
        Tensor y = RandomOps.dropout(x, 0.25f, new Rng(9));
        y.sum().backward();
        float[] g = x.grad().toArray();
        float[] values = y.toArray();
        int dropped = 0;
        for (int i = 0; i < g.length; i++) {
            // with x = 1 the output is the mask itself: 0 where dropped, 1 / (1 - p) where kept
            assertThat(g[i]).isEqualTo(values[i]);
            assertThat(g[i]).isIn(0f, 1f / 0.75f);
            dropped += g[i] == 0f ? 1 : 0;
        }
        assertThat(dropped).isBetween(25, 75);
    }
}
