package dev.gan4j.core.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormOpsTest {

    @Test
    void batchNormStandardisesEachChannelOverBatchAndSpace() {
        // Channel 0 holds 1, 2, 3, 4 (mean 2.5, biased variance 1.25); channel 1 holds 10 four times.
        Tensor x = Tensor.of(new float[] {1, 2, 10, 10, 3, 4, 10, 10}, 2, 2, 1, 2);
        NormOps.Normalised r = NormOps.batchNorm(x, Tensor.of(new float[] {2, 1}, 2), Tensor.of(new float[] {0, 5}, 2), 1e-5f);
        assertThat(r.mean()).containsExactly(2.5f, 10f);
        assertThat(r.variance()[0]).isCloseTo(1.25f, within(1e-6f));
        assertThat(r.variance()[1]).isCloseTo(0f, within(1e-6f));
        double s = 1 / Math.sqrt(1.25 + 1e-5);
        float[] y = r.output().data();
        assertThat(y[0]).isCloseTo((float) (2 * -1.5 * s), within(1e-5f));
        assertThat(y[5]).isCloseTo((float) (2 * 1.5 * s), within(1e-5f));
        assertThat(y[2]).isCloseTo(5f, within(1e-5f));
    }

    @Test
    void instanceNormStandardisesEachPlaneOnItsOwn() {
        Tensor x = Tensor.of(new float[] {1, 3, 10, 20, 5, 7, 0, 0}, 2, 2, 1, 2);
        NormOps.Normalised r = NormOps.instanceNorm(x, null, null, 1e-5f);
        assertThat(r.mean()).containsExactly(2f, 15f, 6f, 0f);
        assertThat(r.variance()).containsExactly(1f, 25f, 1f, 0f);
        assertThat(r.output().data()[0]).isCloseTo(-1f, within(1e-4f));
        assertThat(r.output().data()[3]).isCloseTo(1f, within(1e-4f));
        assertThat(r.output().data()[6]).isEqualTo(0f);
    }

    @Test
    void fusedBackwardMatchesFiniteDifferences() {
        Rng rng = new Rng(1);
        GradientCheck check = GradientCheck.standard();
        check.check(in -> NormOps.batchNorm(in.get(0), in.get(1), in.get(2), 1e-5f).output(),
                Tensor.randn(rng, 3, 2, 2, 2), Tensor.randn(rng, 2), Tensor.randn(rng, 2));
        check.check(in -> NormOps.batchNorm(in.get(0), in.get(1), in.get(2), 1e-5f).output(),
                Tensor.randn(rng, 4, 3), Tensor.randn(rng, 3), Tensor.randn(rng, 3));
        check.check(in -> NormOps.batchNorm(in.get(0), null, null, 1e-5f).output(), Tensor.randn(rng, 3, 2, 3));
        check.check(in -> NormOps.instanceNorm(in.get(0), in.get(1), in.get(2), 1e-5f).output(),
                Tensor.randn(rng, 2, 2, 2, 3), Tensor.randn(rng, 2), Tensor.randn(rng, 2));
        check.check(in -> NormOps.instanceNorm(in.get(0), null, null, 1e-5f).output(), Tensor.randn(rng, 2, 3, 4));
    }

    @Test
    void fusedAndCompositeBackwardGiveTheSameGradients() {
        Rng rng = new Rng(2);
        for (boolean perSample : new boolean[] {false, true}) {
            Tensor x = Tensor.randn(rng, 4, 3, 2, 5).requiresGrad(true);
            Tensor w = Tensor.randn(rng, 3).requiresGrad(true);
            Tensor b = Tensor.randn(rng, 3).requiresGrad(true);
            Tensor projection = Tensor.randn(rng, 4, 3, 2, 5);
            Tensor y = perSample ? NormOps.instanceNorm(x, w, b, 1e-5f).output() : NormOps.batchNorm(x, w, b, 1e-5f).output();
            Tensor loss = y.mul(projection).sum();
            List<Tensor> fused = Autograd.grad(List.of(loss), List.of(x, w, b), false);
            List<Tensor> composite = Autograd.grad(List.of(loss), List.of(x, w, b), true);
            assertThat(composite.get(0).requiresGrad()).as("recorded for a second derivative").isTrue();
            for (int k = 0; k < 3; k++) {
                float[] f = fused.get(k).data();
                float[] c = composite.get(k).data();
                for (int i = 0; i < f.length; i++) {
                    assertThat(f[i]).as("gradient %d element %d", k, i).isCloseTo(c[i], within(2e-5f * (1 + Math.abs(c[i]))));
                }
            }
        }
    }

    @Test
    void secondOrderGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(3);
        Tensor projection = Tensor.randn(rng, 3, 2, 2, 2);
        Tensor weightOfWeightGrad = Tensor.randn(rng, 2);
        for (boolean perSample : new boolean[] {false, true}) {
            // f = ‖∂L/∂x‖² + c·∂L/∂w with L = Σ projection ⊙ norm(x; w, b): every term of the backward
            // rule (dx through x and w, dw through x) is differentiated again.
            GradientCheck.standard().check(in -> {
                try (GradMode.Scope ignored = GradMode.set(true)) {
                    Tensor x = in.get(0);
                    Tensor w = in.get(1);
                    Tensor b = in.get(2);
                    Tensor y = perSample ? NormOps.instanceNorm(x, w, b, 1e-5f).output()
                            : NormOps.batchNorm(x, w, b, 1e-5f).output();
                    List<Tensor> g = Autograd.grad(List.of(y.mul(projection).sum()), List.of(x, w), true);
                    return g.get(0).square().sum().add(g.get(1).mul(weightOfWeightGrad).sum());
                }
            }, Tensor.randn(rng, 3, 2, 2, 2), Tensor.randn(rng, 2), Tensor.randn(rng, 2));
        }
    }

    @Test
    void rejectsABatchOfOneInTrainingMode() {
        assertThatThrownBy(() -> NormOps.batchNorm(Tensor.ones(1, 3), null, null, 1e-5f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1, 3]").hasMessageContaining("batch of two or more");
    }

    @Test
    void rejectsAWeightWithoutABiasOrOfTheWrongSize() {
        Tensor x = Tensor.ones(2, 3, 2, 2);
        assertThatThrownBy(() -> NormOps.batchNorm(x, Tensor.ones(3), null, 1e-5f))
                .hasMessageContaining("both an affine weight and bias");
        assertThatThrownBy(() -> NormOps.batchNorm(x, Tensor.ones(4), Tensor.ones(4), 1e-5f))
                .hasMessageContaining("[3]").hasMessageContaining("[4]");
    }
}
