package dev.gan4j.core.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Forward values of the elementwise ops, against java.lang.Math and a plain broadcasting loop. */
class ElementwiseValueTest {
    private static final float[] SAMPLES = {-3f, -1.5f, -0.25f, 0f, 0.5f, 1f, 2.75f};
    private static final float[] POSITIVE = {0.01f, 0.5f, 1f, 2f, 9f};

    static Stream<Arguments> unaryOps() {
        return Stream.of(
                Arguments.of("neg", (UnaryOperator<Tensor>) Tensor::neg, (DoubleUnaryOperator) v -> -v, SAMPLES),
                Arguments.of("square", (UnaryOperator<Tensor>) Tensor::square, (DoubleUnaryOperator) v -> v * v, SAMPLES),
                Arguments.of("sqrt", (UnaryOperator<Tensor>) Tensor::sqrt, (DoubleUnaryOperator) Math::sqrt, POSITIVE),
                Arguments.of("exp", (UnaryOperator<Tensor>) Tensor::exp, (DoubleUnaryOperator) Math::exp, SAMPLES),
                Arguments.of("log", (UnaryOperator<Tensor>) Tensor::log, (DoubleUnaryOperator) Math::log, POSITIVE),
                Arguments.of("abs", (UnaryOperator<Tensor>) Tensor::abs, (DoubleUnaryOperator) Math::abs, SAMPLES),
                Arguments.of("clamp", (UnaryOperator<Tensor>) x -> x.clamp(-1f, 1f),
                        (DoubleUnaryOperator) v -> Math.max(-1, Math.min(1, v)), SAMPLES),
                Arguments.of("relu", (UnaryOperator<Tensor>) Tensor::relu,
                        (DoubleUnaryOperator) v -> Math.max(v, 0), SAMPLES),
                Arguments.of("leakyRelu", (UnaryOperator<Tensor>) x -> x.leakyRelu(0.2f),
                        (DoubleUnaryOperator) v -> v > 0 ? v : 0.2 * v, SAMPLES),
                Arguments.of("tanh", (UnaryOperator<Tensor>) Tensor::tanh, (DoubleUnaryOperator) Math::tanh, SAMPLES),
                Arguments.of("sigmoid", (UnaryOperator<Tensor>) Tensor::sigmoid,
                        (DoubleUnaryOperator) v -> 1 / (1 + Math.exp(-v)), SAMPLES),
                Arguments.of("softplus", (UnaryOperator<Tensor>) Tensor::softplus,
                        (DoubleUnaryOperator) v -> Math.log(1 + Math.exp(v)), SAMPLES),
                Arguments.of("logSigmoid", (UnaryOperator<Tensor>) Tensor::logSigmoid,
                        (DoubleUnaryOperator) v -> Math.log(1 / (1 + Math.exp(-v))), SAMPLES),
                Arguments.of("add a constant", (UnaryOperator<Tensor>) x -> x.add(1.5f),
                        (DoubleUnaryOperator) v -> v + 1.5, SAMPLES),
                Arguments.of("subtract a constant", (UnaryOperator<Tensor>) x -> x.sub(1.5f),
                        (DoubleUnaryOperator) v -> v - 1.5, SAMPLES),
                Arguments.of("multiply by a constant", (UnaryOperator<Tensor>) x -> x.mul(-3f),
                        (DoubleUnaryOperator) v -> v * -3, SAMPLES),
                Arguments.of("divide by a constant", (UnaryOperator<Tensor>) x -> x.div(4f),
                        (DoubleUnaryOperator) v -> v / 4, SAMPLES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaryOps")
    void unaryOpAgreesWithMath(String name, UnaryOperator<Tensor> op, DoubleUnaryOperator expected, float[] values) {
        float[] out = op.apply(Tensor.of(values.clone(), values.length)).toArray();
        for (int i = 0; i < values.length; i++) {
            double e = expected.applyAsDouble(values[i]);
            assertThat((double) out[i]).as("%s(%s)", name, values[i]).isCloseTo(e, within(1e-6 + 1e-6 * Math.abs(e)));
        }
    }

    @Test
    void tanhIsWithinOneFloatUlpOfTheJdksTanhAcrossTheWholeRange() {
        int worst = 0;
        for (int bits = 0; bits < 0x7f800000; bits += 4099) {
            for (float x : new float[] {Float.intBitsToFloat(bits), -Float.intBitsToFloat(bits)}) {
                int ulps = Math.abs(Float.floatToIntBits(UnaryOps.tanh(x)) - Float.floatToIntBits((float) Math.tanh(x)));
                worst = Math.max(worst, ulps);
            }
        }
        assertThat(worst).isLessThanOrEqualTo(1);
        assertThat(UnaryOps.tanh(Float.POSITIVE_INFINITY)).isEqualTo(1f);
        assertThat(UnaryOps.tanh(Float.NEGATIVE_INFINITY)).isEqualTo(-1f);
        assertThat(UnaryOps.tanh(-0f)).isEqualTo(-0f);
        assertThat(UnaryOps.tanh(Float.NaN)).isNaN();
    }

    @Test
    void unaryOpsLeaveTheirInputUnchanged() {
        float[] values = SAMPLES.clone();
        Tensor x = Tensor.of(values, values.length);
        x.square().tanh().abs().relu().clamp(0f, 1f).exp();
        assertThat(x.toArray()).containsExactly(SAMPLES);
    }

    @Test
    void reluOfMinusInfinityIsZero() {
        Tensor x = Tensor.of(new float[] {Float.NEGATIVE_INFINITY, -2f, 3f}, 3);
        assertThat(x.relu().toArray()).containsExactly(0f, 0f, 3f);
        assertThat(x.leakyRelu(0.1f).toArray()).containsExactly(Float.NEGATIVE_INFINITY, -0.2f, 3f);
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(floats = {100f, -100f, 1e-3f, -1e-3f, 30f, -30f, 0f})
    void softplusAndLogSigmoidAreFiniteAndExact(float x) {
        Tensor t = Tensor.of(new float[] {x}, 1);
        double softplus = Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs((double) x)));
        float sp = t.softplus().item();
        float ls = t.logSigmoid().item();
        assertThat(sp).isFinite();
        assertThat(ls).isFinite();
        assertThat((double) sp).isCloseTo(softplus, within(1e-6 * Math.max(1, Math.abs(softplus))));
        // log σ(x) = x − softplus(x)
        double logSigmoid = x - softplus;
        assertThat((double) ls).isCloseTo(logSigmoid, within(1e-6 * Math.max(1, Math.abs(logSigmoid))));
    }

    @Test
    void softplusKeepsTinyValuesForVeryNegativeInputs() {
        // log(1 + e^−30) ≈ e^−30 ≈ 9.36e−14: a naive log(1 + eˣ) in float rounds this to 0
        assertThat(Tensor.of(new float[] {-30f}, 1).softplus().item()).isCloseTo(9.357623e-14f, within(1e-19f));
        assertThat(Tensor.of(new float[] {-100f}, 1).softplus().item()).isGreaterThan(0f);
    }

    @ParameterizedTest(name = "logit {0}")
    @ValueSource(floats = {100f, -100f, 20f, -20f})
    void binaryCrossEntropyWithLogitsIsStableAtLargeLogits(float logit) {
        Tensor x = Tensor.of(new float[] {logit, logit}, 2).requiresGrad(true);
        Tensor target = Tensor.of(new float[] {1f, 0f}, 2);
        Tensor loss = x.softplus().sub(x.mul(target));
        float[] values = loss.toArray();
        // target 1: softplus(−x); target 0: softplus(x)
        double forOne = Math.max(-logit, 0) + Math.log1p(Math.exp(-Math.abs((double) logit)));
        double forZero = Math.max(logit, 0) + Math.log1p(Math.exp(-Math.abs((double) logit)));
        assertThat((double) values[0]).isCloseTo(forOne, within(1e-5 * Math.max(1, forOne)));
        assertThat((double) values[1]).isCloseTo(forZero, within(1e-5 * Math.max(1, forZero)));
        loss.sum().backward();
        // d/dx = σ(x) − t
        double sigma = 1 / (1 + Math.exp(-logit));
        assertThat((double) x.grad().get(0)).isCloseTo(sigma - 1, within(1e-6));
        assertThat((double) x.grad().get(1)).isCloseTo(sigma, within(1e-6));
    }

    @Test
    void binaryOpsOfEqualShapesAgreeWithHandValues() {
        Tensor a = Tensor.of(new float[] {1, -2, 3, 4}, 2, 2);
        Tensor b = Tensor.of(new float[] {2, 2, -1, 4}, 2, 2);
        assertThat(a.add(b).toArray()).containsExactly(3, 0, 2, 8);
        assertThat(a.sub(b).toArray()).containsExactly(-1, -4, 4, 0);
        assertThat(a.mul(b).toArray()).containsExactly(2, -4, -3, 16);
        assertThat(a.div(b).toArray()).containsExactly(0.5f, -1, -3, 1);
        assertThat(a.maximum(b).toArray()).containsExactly(2, 2, 3, 4);
        assertThat(a.minimum(b).toArray()).containsExactly(1, -2, -1, 4);
    }

    @Test
    void perChannelBiasIsAddedToEveryPixelOfItsChannel() {
        Tensor x = Tensor.zeros(2, 3, 2, 2);
        Tensor bias = Tensor.of(new float[] {1, 2, 3}, 1, 3, 1, 1);
        Tensor y = x.add(bias);
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < 4; i++) {
                    assertThat(y.get(n, c, i / 2, i % 2)).isEqualTo(c + 1f);
                }
            }
        }
    }

    @Test
    void columnTimesRowIsTheOuterProduct() {
        Tensor column = Tensor.of(new float[] {1, 2, 3}, 3, 1);
        Tensor row = Tensor.of(new float[] {10, 20}, 1, 2);
        Tensor outer = column.mul(row);
        assertThat(outer.dims()).containsExactly(3, 2);
        assertThat(outer.toArray()).containsExactly(10, 20, 20, 40, 30, 60);
        assertThat(row.sub(column).toArray()).containsExactly(9, 19, 8, 18, 7, 17);
    }

    static Stream<Arguments> broadcastPairs() {
        int[][][] pairs = {
            {{2, 3, 4, 5}, {1, 3, 1, 1}}, {{2, 3, 4, 5}, {3, 1, 1}}, {{2, 3, 4, 5}, {}}, {{4, 1}, {1, 3}},
            {{2, 3, 4}, {4}}, {{3, 1}, {2, 1, 4}}, {{2, 1, 3}, {2, 4, 1}}, {{1, 3}, {2, 3}},
            {{2, 3, 4, 5}, {2, 3, 1, 1}}, {{2, 3, 4, 5}, {2, 1, 4, 5}}, {{2, 3, 4, 5}, {1, 1, 1, 5}},
            {{2, 3, 4, 5}, {2, 3, 4, 1}}, {{2, 1, 4, 1}, {1, 3, 1, 5}}, {{1, 1, 1}, {2, 3, 4}},
            {{5, 1, 3, 1, 2}, {1, 4, 3, 2, 1}}, {{2, 1, 1, 3}, {1, 1, 3, 1}}, {{1}, {3, 1}}, {{3, 2}, {3, 2}},
            {{2, 3, 2}, {1, 3, 2}}, {{1, 2, 1, 1}, {3, 1, 2, 2}}, {{0, 3}, {1, 3}}, {{2, 0}, {2, 1}},
        };
        return Stream.of(pairs).flatMap(p -> Stream.of(Arguments.of(p[0], p[1]), Arguments.of(p[1], p[0])));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("broadcastPairs")
    void broadcastingBinaryOpsAgreeWithAPlainLoop(int[] shapeA, int[] shapeB) {
        Rng rng = new Rng(shapeA.length * 31L + shapeB.length);
        Tensor a = Tensor.randn(rng, shapeA);
        Tensor b = Tensor.randn(rng, shapeB);
        expectBroadcast(a.add(b), a, b, Double::sum);
        expectBroadcast(a.sub(b), a, b, (x, y) -> x - y);
        expectBroadcast(a.mul(b), a, b, (x, y) -> x * y);
        expectBroadcast(a.div(b), a, b, (x, y) -> (float) x / (float) y);
        expectBroadcast(a.maximum(b), a, b, Math::max);
        expectBroadcast(a.minimum(b), a, b, Math::min);
        Shape out = Shape.broadcast(a.shape(), b.shape(), "test");
        expectBroadcast(a.broadcastTo(out), a, Tensor.zeros(out), (x, y) -> x);
    }

    private static void expectBroadcast(Tensor actual, Tensor a, Tensor b, DoubleBinaryOperator f) {
        Shape out = Shape.broadcast(a.shape(), b.shape(), "test");
        assertThat(actual.shape()).isEqualTo(out);
        float[] values = actual.toArray();
        int[] index = new int[out.rank()];
        for (int flat = 0; flat < out.size(); flat++) {
            int rest = flat;
            for (int d = out.rank() - 1; d >= 0; d--) {
                index[d] = rest % out.dim(d);
                rest /= out.dim(d);
            }
            float expected = (float) f.applyAsDouble(read(a, index), read(b, index));
            assertThat(values[flat]).as("element %d", flat).isEqualTo(expected);
        }
    }

    /** The element of {@code t} that broadcasting pairs with output index {@code index}. */
    private static float read(Tensor t, int[] index) {
        int offset = index.length - t.rank();
        int flat = 0;
        for (int d = 0; d < t.rank(); d++) {
            flat = flat * t.dim(d) + (t.dim(d) == 1 ? 0 : index[d + offset]);
        }
        return t.data()[flat];
    }

    @Test
    void dropoutKeepsAboutOneMinusPAndScalesTheRest() {
        Tensor x = Tensor.ones(10_000);
        float[] y = RandomOps.dropout(x, 0.3f, new Rng(3)).toArray();
        int kept = 0;
        for (float v : y) {
            assertThat(v).isIn(0f, 1f / 0.7f);
            kept += v != 0f ? 1 : 0;
        }
        assertThat(kept).isBetween(6_800, 7_200);
        assertThat(RandomOps.dropout(x, 0.3f, new Rng(3)).toArray()).containsExactly(y);
        assertThat(RandomOps.dropout(x, 0f, new Rng(3))).isSameAs(x);
    }
}
