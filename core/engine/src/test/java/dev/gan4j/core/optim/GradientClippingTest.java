package dev.gan4j.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GradientClippingTest {
    @Test
    void clipsToTheMaximumNormAndReturnsTheNormBefore() {
        Tensor a = Tensor.zeros(3).requiresGrad(true);
        Tensor b = Tensor.zeros(1).requiresGrad(true);
        a.setGrad(Tensor.of(new float[] {3, 4, 0}, 3));
        b.setGrad(Tensor.of(new float[] {12}, 1));
        List<Parameter> ps = List.of(new Parameter("a", a), new Parameter("b", b));

        double norm = GradientClipping.clipByGlobalNorm(ps, 6.5);

        assertThat(norm).isEqualTo(13.0);
        float scale = (float) (6.5 / (13.0 + 1e-6));
        assertThat(a.grad().data()).containsExactly(3 * scale, 4 * scale, 0);
        assertThat(b.grad().data()).containsExactly(12 * scale);
        assertThat(GradientClipping.globalNorm(ps)).isCloseTo(6.5, Offset.offset(1e-5));
    }

    @Test
    void clippingReplacesTheGradientAndLeavesTheSharedOriginalUnchanged() {
        Tensor shared = Tensor.of(new float[] {30, 40}, 2);
        Tensor a = Tensor.zeros(2).requiresGrad(true);
        Tensor b = Tensor.zeros(2).requiresGrad(true);
        a.setGrad(shared);
        b.setGrad(shared);

        GradientClipping.clipByGlobalNorm(List.of(new Parameter("a", a)), 1.0);

        assertThat(shared.data()).containsExactly(30, 40);
        assertThat(b.grad()).isSameAs(shared);
        assertThat(a.grad()).isNotSameAs(shared);
        assertThat(a.grad().data()[0]).isCloseTo(0.6f, Offset.offset(1e-6f));
    }

    @Test
    void gradientsWithinTheNormAreLeftAsTheyAre() {
        Tensor a = Tensor.zeros(2).requiresGrad(true);
        Tensor g = Tensor.of(new float[] {0.3f, 0.4f}, 2);
        a.setGrad(g);
        double norm = GradientClipping.clipByGlobalNorm(List.of(new Parameter("a", a)), 1.0);
        assertThat(norm).isCloseTo(0.5, Offset.offset(1e-7));
        assertThat(a.grad()).isSameAs(g);
    }

    @Test
    void parametersWithoutGradientAreIgnored() {
        Tensor a = Tensor.zeros(2).requiresGrad(true);
        Tensor b = Tensor.zeros(2).requiresGrad(true);
        b.setGrad(Tensor.of(new float[] {6, 8}, 2));
        double norm = GradientClipping.clipByGlobalNorm(List.of(new Parameter("a", a), new Parameter("b", b)), 5);
        assertThat(norm).isEqualTo(10.0);
        assertThat(a.grad()).isNull();
        assertThat(b.grad().data()[1]).isCloseTo(4f, Offset.offset(1e-5f));
    }

    @Test
    void nonFiniteNormIsReturnedAndGradientsAreLeftForANanGuard() {
        Tensor a = Tensor.zeros(2).requiresGrad(true);
        Tensor g = Tensor.of(new float[] {Float.NaN, 1}, 2);
        a.setGrad(g);
        assertThat(GradientClipping.clipByGlobalNorm(List.of(new Parameter("a", a)), 1.0)).isNaN();
        assertThat(a.grad()).isSameAs(g);
    }

    @Test
    void rejectsANonPositiveMaximum() {
        assertThatThrownBy(() -> GradientClipping.clipByGlobalNorm(List.of(), 0))
                .hasMessageContaining("above 0, but was 0.0");
    }
}
