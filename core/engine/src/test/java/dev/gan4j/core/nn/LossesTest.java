package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.autograd.GradientCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossesTest {

    @Test
    void bceWithLogitsMatchesHandComputedValues() {
        // softplus(0) − 0 = ln 2; softplus(2) − 0; softplus(−1) + 0.5.
        Tensor logits = Tensor.of(new float[] {0, 2, -1}, 3);
        Tensor targets = Tensor.of(new float[] {1, 0, 0.5f}, 3);
        double expected = (Math.log(2) + Math.log1p(Math.exp(2)) + Math.log1p(Math.exp(-1)) + 0.5) / 3;
        assertThat(Losses.bceWithLogits(logits, targets).item()).isCloseTo((float) expected, within(1e-6f));
    }

    @Test
    void bceWithAFloatTargetEqualsBceWithAFullTargetTensor() {
        Tensor logits = Tensor.randn(new Rng(1), 4, 1);
        for (float t : new float[] {0f, 1f, 0.9f}) {
            assertThat(Losses.bceWithLogits(logits, t).item())
                    .isCloseTo(Losses.bceWithLogits(logits, Tensor.full(t, 4, 1)).item(), within(1e-6f));
        }
    }

    @Test
    void bceWithLogitsIsStableAtLogitsOfMagnitudeOneHundred() {
        Tensor logits = Tensor.of(new float[] {100, -100}, 2).requiresGrad(true);
        assertThat(Losses.bceWithLogits(logits, 1f).item()).isCloseTo(50f, within(1e-4f));
        assertThat(Losses.bceWithLogits(logits, 0f).item()).isCloseTo(50f, within(1e-4f));
        assertThat(Losses.bceWithLogits(logits, Tensor.of(new float[] {1, 0}, 2)).item()).isCloseTo(0f, within(1e-6f));
        // The gradient is (σ(x) − t) / N: here (1 − 1)/2 and (0 − 1)/2.
        Tensor g = Autograd.grad(List.of(Losses.bceWithLogits(logits, 1f)), List.of(logits), false).get(0);
        assertThat(g.data()[0]).isCloseTo(0f, within(1e-7f));
        assertThat(g.data()[1]).isCloseTo(-0.5f, within(1e-7f));
    }

    @Test
    void mseAndL1MatchHandComputedValues() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
        Tensor b = Tensor.of(new float[] {0, 2, 5, 3}, 2, 2);
        assertThat(Losses.mse(a, b).item()).isCloseTo((1 + 0 + 4 + 1) / 4f, within(1e-6f));
        assertThat(Losses.l1(a, b).item()).isCloseTo((1 + 0 + 2 + 1) / 4f, within(1e-6f));
    }

    @Test
    void crossEntropyMatchesHandComputedValues() {
        Tensor logits = Tensor.of(new float[] {1, 2, 3, 1, 1, 1}, 2, 3);
        double row0 = Math.log(1 + Math.exp(-1) + Math.exp(-2));
        double row1 = Math.log(3);
        assertThat(Losses.crossEntropy(logits, new int[] {2, 0}).item()).isCloseTo((float) ((row0 + row1) / 2), within(1e-6f));
    }

    @Test
    void crossEntropyIsStableForHugeLogits() {
        Tensor logits = Tensor.of(new float[] {1000, 0, -1000, 0}, 2, 2).requiresGrad(true);
        Tensor loss = Losses.crossEntropy(logits, new int[] {0, 0});
        assertThat(loss.item()).isCloseTo(500f, within(1e-3f));
        Tensor g = Autograd.grad(List.of(loss), List.of(logits), false).get(0);
        assertThat(g.data()).containsExactly(0f, 0f, -0.5f, 0.5f);
        assertThat(Losses.logSoftmax(Tensor.of(new float[] {1000, 1000}, 1, 2)).data()[0])
                .isCloseTo((float) -Math.log(2), within(1e-6f));
    }

    @Test
    void lossGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(2);
        GradientCheck check = GradientCheck.standard();
        check.check(in -> Losses.bceWithLogits(in.get(0), in.get(1)), Tensor.randn(rng, 3, 2),
                Tensor.uniform(rng, 0f, 1f, 3, 2));
        check.check(in -> Losses.bceWithLogits(in.get(0), 0.9f), Tensor.randn(rng, 5));
        check.check(in -> Losses.mse(in.get(0), in.get(1)), Tensor.randn(rng, 2, 3), Tensor.randn(rng, 2, 3));
        check.check(in -> Losses.l1(in.get(0), in.get(1)), Tensor.randn(rng, 2, 3), Tensor.randn(rng, 2, 3).add(5f));
        check.check(in -> Losses.crossEntropy(in.get(0), new int[] {1, 0, 3}), Tensor.randn(rng, 3, 4));
        check.check(in -> Losses.logSoftmax(in.get(0)), Tensor.randn(rng, 2, 3));
    }

    @Test
    void rejectsMismatchedShapesAndLabels() {
        assertThatThrownBy(() -> Losses.bceWithLogits(Tensor.zeros(4, 1), Tensor.zeros(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[4, 1]").hasMessageContaining("[4]");
        assertThatThrownBy(() -> Losses.crossEntropy(Tensor.zeros(2, 3), new int[] {0, 3}))
                .hasMessageContaining("Label 3").hasMessageContaining("[0, 3)");
        assertThatThrownBy(() -> Losses.crossEntropy(Tensor.zeros(2, 3), new int[] {0}))
                .hasMessageContaining("1 labels");
    }
}
