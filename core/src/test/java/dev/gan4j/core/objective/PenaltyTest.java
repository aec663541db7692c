package dev.gan4j.core.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Penalty;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.autograd.GradientCheck;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The gradient penalty and R1: values on critics whose input gradient is known in closed form,
 * the interpolation between real and generated samples, and the gradient of each penalty with
 * respect to the critic's weights (a second-order gradient) against finite differences.
 */
class PenaltyTest {

    /** A critic computed by a function of its input, with the weights the function reads as parameters. */
    private static final class FunctionCritic extends AbstractLayer {
        private final UnaryOperator<Tensor> function;
        private final List<Tensor> weights;

        FunctionCritic(UnaryOperator<Tensor> function, Tensor... weights) {
            this.function = function;
            this.weights = List.of(weights);
        }

        @Override
        public Tensor forward(Tensor input) {
            return function.apply(input);
        }

        @Override
        public List<Parameter> parameters() {
            return weights.stream().map(w -> new Parameter("w" + weights.indexOf(w), w)).toList();
        }
    }

    /** D(x) = flatten(x)·w, whose input gradient is w for every sample. */
    private static FunctionCritic linear(Tensor w) {
        return new FunctionCritic(x -> x.reshape(x.dim(0), -1).matmul(w), w);
    }

    /** D(x) = softplus(flatten(x)·w1)·w2: smooth, so finite differences of the penalty are meaningful. */
    private static FunctionCritic smooth(Tensor w1, Tensor w2) {
        return new FunctionCritic(x -> x.reshape(x.dim(0), -1).matmul(w1).softplus().matmul(w2), w1, w2);
    }

    private static Tensor batch(long seed, int... shape) {
        return Tensor.randn(new Rng(seed), shape);
    }

    @Test
    void gradientPenaltyOfALinearCriticIsWeightTimesSquaredDistanceOfItsNormFromOne() {
        Tensor w = Tensor.of(new float[] {1f, 2f, -2f, 0.5f}, 4, 1).requiresGrad(true);
        float norm = (float) Math.sqrt(1 + 4 + 4 + 0.25);
        Tensor penalty = new GradientPenalty(10).compute(linear(w), batch(1, 3, 1, 2, 2), batch(2, 3, 1, 2, 2), new Rng(3));
        assertThat(penalty.item()).isCloseTo(10f * (norm - 1) * (norm - 1), within(1e-4f));
    }

    @Test
    void penaltiesOfACriticWithSeveralScoresPerSampleConstrainTheMeanScoreTheObjectivesRead() {
        // a patch critic: column p of W scores patch p; every objective averages the patch scores,
        // so the critic they see is flatten(x)·mean_p(w_p), whose gradient is (1, 1, −1, 0.5) here
        // (the gradient of the sum, 4 times that, held DualGAN's critics 4× too flat)
        Tensor w = Tensor.of(new float[] {
            1f, 3f, 0f, 0f, 2f, 1f, 1f, 0f, -4f, 0f, 0f, 0f, 2f, 0f, 0f, 0f}, 4, 4).requiresGrad(true);
        float squared = 1 + 1 + 1 + 0.25f;
        float norm = (float) Math.sqrt(squared);
        Tensor gp = new GradientPenalty(10).compute(linear(w), batch(1, 3, 1, 2, 2), batch(2, 3, 1, 2, 2), new Rng(3));
        Tensor r1 = new R1Penalty(10).compute(linear(w), batch(1, 3, 1, 2, 2), batch(2, 3, 1, 2, 2), new Rng(3));
        assertThat(gp.item()).isCloseTo(10f * (norm - 1) * (norm - 1), within(1e-4f));
        assertThat(r1.item()).isCloseTo(5f * squared, within(1e-4f));
    }

    @Test
    void gradientPenaltyOfALinearCriticHasTheClosedFormGradientInItsWeights() {
        // d/dw λ(‖w‖ − 1)² = 2λ(‖w‖ − 1)·w/‖w‖: reached only through the gradient of the gradient
        float[] values = {1f, 2f, -2f, 0.5f};
        Tensor w = Tensor.of(values.clone(), 4, 1).requiresGrad(true);
        new GradientPenalty(10).compute(linear(w), batch(1, 3, 4), batch(2, 3, 4), new Rng(3)).backward();
        double norm = Math.sqrt(1 + 4 + 4 + 0.25);
        for (int i = 0; i < values.length; i++) {
            assertThat(w.grad().data()[i]).isCloseTo((float) (2 * 10 * (norm - 1) * values[i] / norm), within(1e-4f));
        }
    }

    @Test
    void gradientPenaltyInterpolatesWithOneCoefficientPerSampleFromTheRng() {
        // D(x) = ½‖x‖² per sample has input gradient x̂ itself, so the penalty shows where x̂ lies
        FunctionCritic quadratic = new FunctionCritic(x -> x.square().sum(new int[] {1}, true).mul(0.5f));
        Tensor real = batch(4, 3, 2);
        Tensor fake = batch(5, 3, 2);
        float penalty = new GradientPenalty(1).compute(quadratic, real, fake, new Rng(6)).item();

        float[] epsilon = new float[3];
        new Rng(6).fillUniform(epsilon, 0, 1);
        double expected = 0;
        for (int n = 0; n < 3; n++) {
            double squared = 0;
            for (int d = 0; d < 2; d++) {
                double x = epsilon[n] * real.get(n, d) + (1 - epsilon[n]) * fake.get(n, d);
                squared += x * x;
            }
            expected += Math.pow(Math.sqrt(squared) - 1, 2) / 3;
        }
        assertThat(penalty).isCloseTo((float) expected, within(1e-5f));
    }

    @Test
    void r1OfALinearCriticIsHalfTheWeightTimesTheSquaredNormAndIgnoresGeneratedData() {
        Tensor w = Tensor.of(new float[] {1f, 2f, -2f}, 3, 1).requiresGrad(true);
        Penalty r1 = new R1Penalty(10);
        float a = r1.compute(linear(w), batch(1, 5, 3), batch(2, 5, 3), new Rng(3)).item();
        float b = r1.compute(linear(w), batch(1, 5, 3), batch(9, 5, 3), new Rng(4)).item();
        assertThat(a).isCloseTo(5f * 9f, within(1e-4f));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void gradientPenaltyGradientInTheCriticWeightsMatchesFiniteDifferences() {
        Tensor real = batch(11, 4, 1, 2, 2);
        Tensor fake = batch(12, 4, 1, 2, 2);
        GradientCheck.standard().check(
                in -> new GradientPenalty(10).compute(smooth(in.get(0), in.get(1)), real, fake, new Rng(13)),
                batch(14, 4, 3).mul(0.7f), batch(15, 3, 1));
    }

    @Test
    void r1GradientInTheCriticWeightsMatchesFiniteDifferences() {
        Tensor real = batch(21, 5, 3);
        GradientCheck.standard().check(
                in -> new R1Penalty(10).compute(smooth(in.get(0), in.get(1)), real, real, new Rng(23)),
                batch(24, 3, 4).mul(0.7f), batch(25, 4, 1));
    }

    @Test
    void penaltyInsideANoGradScopeHasItsValueAndNoGraph() {
        Tensor w = Tensor.of(new float[] {1f, 2f, -2f}, 3, 1).requiresGrad(true);
        Tensor penalty;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            penalty = new R1Penalty(10).compute(linear(w), batch(1, 5, 3), batch(2, 5, 3), new Rng(3));
        }
        assertThat(penalty.item()).isCloseTo(45f, within(1e-4f));
        assertThat(penalty.requiresGrad()).isFalse();
    }

    @Test
    void penaltiesOnlyDifferentiateTheCriticNotTheGivenBatches() {
        Tensor w1 = batch(31, 3, 4).requiresGrad(true);
        Tensor w2 = batch(32, 4, 1).requiresGrad(true);
        Tensor real = batch(33, 2, 3).requiresGrad(true);
        Tensor fake = batch(34, 2, 3).requiresGrad(true);
        new GradientPenalty(10).compute(smooth(w1, w2), real, fake, new Rng(1)).backward();
        assertThat(w1.grad()).isNotNull();
        assertThat(real.grad()).isNull();
        assertThat(fake.grad()).isNull();
    }
}
