package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.awayFromZero;
import static dev.gan4j.core.autograd.SampleTensors.gaussian;
import static dev.gan4j.core.autograd.SampleTensors.gradientPenalty;
import static dev.gan4j.core.autograd.SampleTensors.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.kernel.ConvGeometry;
import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradients of gradients. Each case checks, by finite differences, the gradient of a gradient
 * penalty {@code sum(square(grad(sum(g(x, ...)), x, createGraph = true)))}, which is right only
 * if the backward rules of the ops inside {@code g} are themselves differentiated correctly.
 *
 * <p>Nonlinear ops are checked on their own (the penalty's gradient needs their second
 * derivative); linear ops are wrapped as {@code softplus(L(x)) · w}, so the first backward pass
 * goes through L's adjoint and the second through L again.
 */
class SecondOrderGradientTest {

    static Stream<Arguments> nonlinearUnaryOps() {
        return Stream.of(
                Arguments.of("square", (UnaryOperator<Tensor>) Tensor::square, awayFromZero(1, 2, 3)),
                Arguments.of("sqrt", (UnaryOperator<Tensor>) Tensor::sqrt, positive(2, 2, 3)),
                Arguments.of("exp", (UnaryOperator<Tensor>) Tensor::exp, awayFromZero(3, 2, 3)),
                Arguments.of("log", (UnaryOperator<Tensor>) Tensor::log, positive(4, 2, 3)),
                Arguments.of("tanh", (UnaryOperator<Tensor>) Tensor::tanh, gaussian(5, 2, 3)),
                Arguments.of("sigmoid", (UnaryOperator<Tensor>) Tensor::sigmoid, gaussian(6, 2, 3)),
                Arguments.of("softplus", (UnaryOperator<Tensor>) Tensor::softplus, gaussian(7, 2, 3)),
                Arguments.of("logSigmoid", (UnaryOperator<Tensor>) Tensor::logSigmoid, gaussian(8, 2, 3)),
                Arguments.of("reciprocal via div", (UnaryOperator<Tensor>) x -> Tensor.scalar(1f).div(x),
                        positive(9, 2, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonlinearUnaryOps")
    void secondDerivativeOfNonlinearOpMatchesFiniteDifferences(String name, UnaryOperator<Tensor> op, Tensor x) {
        GradientCheck.standard().check(gradientPenalty(in -> op.apply(in.get(0))), x);
    }

    @Test
    void gradientPenaltyOfSquareIsFourTimesTheSquare() {
        // sum(square(d/dx sum(x²))) = sum(4x²), whose gradient is 8x
        Tensor x = Tensor.of(new float[] {1f, -2f, 0.5f}, 3).requiresGrad(true);
        Tensor penalty = gradientPenalty(in -> in.get(0).square()).apply(List.of(x));
        assertThat(penalty.item()).isCloseTo(4f * (1f + 4f + 0.25f), within(1e-5f));
        penalty.backward();
        assertThat(x.grad().toArray()).containsExactly(8f, -16f, 4f);
    }

    static Stream<Arguments> bilinearOps() {
        return Stream.of(
                Arguments.of("mul", fn(in -> in.get(0).mul(in.get(1)).tanh()),
                        new Tensor[] {gaussian(10, 2, 3), gaussian(11, 2, 3)}),
                Arguments.of("mul broadcasting [2,3] by [3]", fn(in -> in.get(0).mul(in.get(1)).tanh()),
                        new Tensor[] {gaussian(12, 2, 3), gaussian(13, 3)}),
                Arguments.of("mul broadcasting [3] by [2,3]", fn(in -> in.get(0).mul(in.get(1)).tanh()),
                        new Tensor[] {gaussian(14, 3), gaussian(15, 2, 3)}),
                Arguments.of("div of x", fn(in -> in.get(0).div(in.get(1))),
                        new Tensor[] {gaussian(16, 2, 3), positive(17, 2, 3)}),
                Arguments.of("div by x", fn(in -> in.get(1).div(in.get(0))),
                        new Tensor[] {positive(18, 2, 3), gaussian(19, 1, 3)}),
                Arguments.of("add", fn(in -> in.get(0).add(in.get(1)).softplus()),
                        new Tensor[] {gaussian(20, 2, 3), gaussian(21, 3)}),
                Arguments.of("sub", fn(in -> in.get(1).sub(in.get(0)).softplus()),
                        new Tensor[] {gaussian(22, 2, 1), gaussian(23, 3)}),
                Arguments.of("matmul", fn(in -> in.get(0).matmul(in.get(1)).tanh()),
                        new Tensor[] {gaussian(24, 3, 4).mul(0.5f), gaussian(25, 4, 2).mul(0.5f)}),
                Arguments.of("matmul xᵀ", fn(in -> in.get(0).matmul(in.get(1), true, false).tanh()),
                        new Tensor[] {gaussian(26, 4, 3).mul(0.5f), gaussian(27, 4, 2).mul(0.5f)}),
                Arguments.of("matmul wᵀ", fn(in -> in.get(0).matmul(in.get(1), false, true).tanh()),
                        new Tensor[] {gaussian(28, 3, 4).mul(0.5f), gaussian(29, 2, 4).mul(0.5f)}),
                Arguments.of("matmul xᵀ wᵀ", fn(in -> in.get(0).matmul(in.get(1), true, true).tanh()),
                        new Tensor[] {gaussian(30, 4, 3).mul(0.5f), gaussian(31, 2, 4).mul(0.5f)}),
                Arguments.of("matmul w·x", fn(in -> in.get(1).matmul(in.get(0)).tanh()),
                        new Tensor[] {gaussian(32, 4, 2).mul(0.5f), gaussian(33, 3, 4).mul(0.5f)}),
                Arguments.of("conv2d", fn(in -> ConvOps.conv2d(in.get(0), in.get(1), 2, 1, 1, 0).tanh()),
                        new Tensor[] {gaussian(34, 2, 2, 5, 4).mul(0.5f), gaussian(35, 3, 2, 3, 2).mul(0.5f)}),
                Arguments.of("conv2d by x as weight", fn(in -> ConvOps.conv2d(in.get(1), in.get(0), 1, 2, 0, 1).tanh()),
                        new Tensor[] {gaussian(36, 3, 2, 2, 3).mul(0.5f), gaussian(37, 2, 2, 4, 5).mul(0.5f)}),
                Arguments.of("convTranspose2d", fn(in -> ConvOps.convTranspose2d(in.get(0), in.get(1), 2, 2, 1, 1, 1, 0)
                                .tanh()),
                        new Tensor[] {gaussian(38, 1, 2, 3, 3).mul(0.5f), gaussian(39, 2, 3, 3, 3).mul(0.5f)}),
                Arguments.of("convTranspose2d by x as weight",
                        fn(in -> ConvOps.convTranspose2d(in.get(1), in.get(0), 1, 1, 0, 0, 0, 0).tanh()),
                        new Tensor[] {gaussian(40, 2, 2, 2, 3).mul(0.5f), gaussian(41, 2, 2, 3, 3).mul(0.5f)}),
                Arguments.of("conv weight gradient", fn(in -> ConvOps.weightGrad(in.get(0), in.get(1),
                                new ConvGeometry(2, 2, 4, 5, 2, 3, 2, 1, 2, 1, 0)).tanh()),
                        new Tensor[] {gaussian(42, 2, 2, 4, 5).mul(0.5f), gaussian(43, 2, 2, 4, 2).mul(0.5f)}),
                Arguments.of("conv weight gradient by the output gradient", fn(in -> ConvOps.weightGrad(in.get(1),
                                in.get(0), new ConvGeometry(2, 2, 4, 5, 2, 3, 2, 1, 2, 1, 0)).tanh()),
                        new Tensor[] {gaussian(44, 2, 2, 4, 2).mul(0.5f), gaussian(45, 2, 2, 4, 5).mul(0.5f)}));
    }

    private static Function<List<Tensor>, Tensor> fn(Function<List<Tensor>, Tensor> f) {
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bilinearOps")
    void gradientPenaltyThroughBilinearOpMatchesFiniteDifferences(String name, Function<List<Tensor>, Tensor> g,
                                                                  Tensor[] inputs) {
        GradientCheck.standard().check(gradientPenalty(g), inputs);
    }

    static Stream<Arguments> linearOps() {
        return Stream.of(
                linear("leakyRelu", x -> x.leakyRelu(0.2f), awayFromZero(50, 2, 3)),
                linear("relu", Tensor::relu, awayFromZero(51, 2, 3)),
                linear("abs", Tensor::abs, awayFromZero(52, 2, 3)),
                linear("clamp", x -> x.clamp(-0.7f, 0.75f), awayFromZero(53, 2, 3)),
                linear("maximum with a constant", x -> x.maximum(Tensor.full(0.05f, 3)), awayFromZero(54, 2, 3)),
                linear("minimum with a constant", x -> x.minimum(Tensor.full(0.05f, 3)), awayFromZero(55, 2, 3)),
                linear("neg", Tensor::neg, gaussian(56, 2, 3)),
                linear("scale", x -> x.mul(1.5f), gaussian(57, 2, 3)),
                linear("reshape", x -> x.reshape(-1, 2), gaussian(58, 2, 3)),
                linear("permute", x -> x.permute(2, 0, 1), gaussian(59, 2, 3, 2)),
                linear("transpose", x -> x.transpose(0, 1), gaussian(60, 2, 3)),
                linear("sum over axes", x -> x.sum(new int[] {0, 2}, false), gaussian(61, 2, 3, 2)),
                linear("sum keeping dims", x -> x.sum(new int[] {1}, true), gaussian(62, 2, 3, 2)),
                linear("sum of all", Tensor::sum, gaussian(63, 2, 3).mul(0.3f)),
                linear("mean over axes", x -> x.mean(new int[] {-1}, false), gaussian(64, 2, 3, 2)),
                linear("broadcastTo", x -> x.broadcastTo(Shape.of(2, 4, 3)), gaussian(65, 4, 1)),
                linear("sumToShape", x -> x.sumToShape(Shape.of(3, 1)), gaussian(66, 2, 3, 2).mul(0.5f)),
                linear("slice", x -> x.slice(1, 1, 3), gaussian(67, 2, 4)),
                linear("embed", x -> ShapeOps.embed(x, 1, 1, 5), gaussian(68, 2, 3)),
                linear("concat", x -> Tensor.concat(0, x, x.square()), gaussian(69, 2, 3)),
                linear("indexSelect", x -> x.indexSelect(0, new int[] {1, 1, 0}), gaussian(70, 2, 3)),
                linear("indexAdd", x -> ShapeOps.indexAdd(x, 1, new int[] {2, 0, 2}, 4), gaussian(71, 2, 3)),
                linear("reflectionPad2d", x -> SpatialOps.reflectionPad2d(x, 1, 2, 2, 1), gaussian(72, 1, 2, 3, 3)),
                linear("reflectionPad2dAdjoint", x -> SpatialOps.reflectionPad2dAdjoint(x, 1, 1, 1, 1),
                        gaussian(73, 1, 2, 4, 4)),
                linear("upsampleNearest2d", x -> SpatialOps.upsampleNearest2d(x, 2), gaussian(74, 1, 2, 2, 3)),
                linear("blockSum2d", x -> SpatialOps.blockSum2d(x, 2), gaussian(75, 1, 2, 4, 2).mul(0.5f)),
                linear("avgPool2d", x -> SpatialOps.avgPool2d(x, 2), gaussian(76, 1, 2, 4, 4)),
                linear("translate2d", x -> TranslateOps.translate2d(x, new int[] {1, -2}, new int[] {-1, 0}),
                        gaussian(77, 2, 2, 3, 4)));
    }

    private static Arguments linear(String name, UnaryOperator<Tensor> op, Tensor x) {
        return Arguments.of(name, op, x);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linearOps")
    void gradientPenaltyThroughLinearOpMatchesFiniteDifferences(String name, UnaryOperator<Tensor> op, Tensor x) {
        Tensor out = op.apply(x);
        Tensor w = gaussian(99, out.dims());
        GradientCheck.standard().check(gradientPenalty(in -> op.apply(in.get(0)).softplus().mul(in.get(1))), x, w);
    }

    @Test
    void gradientPenaltyOfASmallConvolutionalCriticMatchesFiniteDifferences() {
        // a WGAN-GP critic in miniature: conv, leakyRelu, per-channel bias, reshape, linear layer
        Function<List<Tensor>, Tensor> critic = in -> {
            Tensor h = ConvOps.conv2d(in.get(0), in.get(1), 2, 2, 1, 1).add(in.get(2)).leakyRelu(0.2f);
            return h.reshape(h.dim(0), -1).matmul(in.get(3), false, true);
        };
        GradientCheck.standard().check(gradientPenalty(critic),
                gaussian(80, 2, 1, 4, 4), gaussian(81, 2, 1, 3, 3), gaussian(82, 1, 2, 1, 1), gaussian(83, 1, 8));
    }
}
