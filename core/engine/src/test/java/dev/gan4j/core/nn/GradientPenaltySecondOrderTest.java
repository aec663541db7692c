package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.autograd.GradientCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Second-order gradients through both reference discriminators: the WGAN-GP penalty, the mean
 * over the batch of (‖∇ₓD(x)‖₂ − 1)² with ∇ₓ from {@code Autograd.grad(..., createGraph)}, is
 * differentiated again with respect to x and to every parameter tensor of D, and compared with
 * finite differences of the penalty by {@link GradientCheck}. The DCGAN critic runs its batch norm
 * in training mode, so this also covers the second-order path of the fused batch-norm op.
 *
 * <p>Batch 2 keeps finite differences affordable; a sample of elements of each tensor is checked.
 * Two things make finite differences of a penalty on a leaky-relu network delicate, and each is
 * handled openly. The input gradient of such a network jumps wherever a rectifier's input changes
 * sign, so elements whose step flips any rectifier are left out ({@link RectifierKinks}). And the
 * penalty is a float32 number near 1, so a step must be large enough to lift the derivative above
 * rounding: 1e-2 for the MLP; for the DCGAN critic 3e-3, except 1e-3 for the first convolution,
 * whose weights and biases move whole feature maps, so that a larger step flips some rectifier for
 * nearly every element.
 */
class GradientPenaltySecondOrderTest {

    /** mean over the batch of (‖∇ₓ D(x)‖₂ − 1)², differentiable with respect to D's parameters and x. */
    static Tensor gradientPenalty(Layer critic, Tensor x) {
        Tensor scores = critic.forward(x);
        Tensor grad = Autograd.grad(List.of(scores.sum()), List.of(x), true).get(0);
        int[] sampleAxes = new int[x.rank() - 1];
        for (int d = 1; d < x.rank(); d++) {
            sampleAxes[d - 1] = d;
        }
        Tensor norms = grad.square().sum(sampleAxes, false).sqrt();
        return norms.sub(1f).square().mean();
    }

    @Test
    void mlpCriticGradientPenaltyHasCorrectSecondOrderGradients() {
        Sequential critic = ReferenceNetworks.mlpDiscriminator(new Rng(21));
        Tensor x = Tensor.uniform(new Rng(22), -1f, 1f, 2, ReferenceNetworks.IMAGE_PIXELS).requiresGrad(true);
        checkPenalty(critic, x, 48, 1e-2, name -> 1.0);
    }

    @Test
    void dcganCriticGradientPenaltyHasCorrectSecondOrderGradients() {
        Sequential critic = ReferenceNetworks.dcganDiscriminator(new Rng(23));
        Tensor x = Tensor.uniform(new Rng(24), -1f, 1f, 2, 1, 28, 28).requiresGrad(true);
        checkPenalty(critic, x, 5, 1e-3, name -> name.startsWith("0.") ? 1.0 : 3.0);
    }

    private static void checkPenalty(Sequential critic, Tensor x, int elementsPerTensor, double step,
                                     ToDoubleFunction<String> stepScale) {
        assertThat(gradientPenalty(critic, x).item()).as("a penalty away from zero").isGreaterThan(0.01f);
        List<ParameterGradientCheck.Target> targets = new ArrayList<>();
        targets.add(new ParameterGradientCheck.Target("input", x, stepScale.applyAsDouble("input")));
        for (Parameter p : critic.parameters()) {
            targets.add(new ParameterGradientCheck.Target(p.name(), p.tensor(), stepScale.applyAsDouble(p.name())));
        }
        ParameterGradientCheck.sampled(GradientCheck.withStep(step), elementsPerTensor, 7)
                .onlyWhere(new RectifierKinks(critic, x, targets, step))
                .check(() -> gradientPenalty(critic, x), targets);
    }
}
