package dev.gan4j.core.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class AutogradSmokeTest {
    @Test
    void broadcastMulAndSumHaveRightGradients() {
        Rng rng = new Rng(1);
        GradientCheck.standard().check(in -> in.get(0).mul(in.get(1)).tanh().sum(new int[] {1}, false),
                Tensor.randn(rng, 3, 4), Tensor.randn(rng, 1, 4));
    }

    @Test
    void checkerRejectsAGradientOffByFivePercent() {
        Rng rng = new Rng(2);
        assertThatThrownBy(() -> GradientCheck.standard().check(in -> {
            Tensor x = in.get(0);
            Tensor wrong = GradNode.result("wrongSquare", x.square().detach().data(), x.shape(),
                    (g, y, needed) -> new Tensor[] {g.mul(x).mul(2.1f)}, x);
            return wrong;
        }, Tensor.randn(rng, 5))).isInstanceOf(AssertionError.class);
    }

    @Test
    void backwardTwiceThroughFreedGraphSaysSo() {
        Tensor x = Tensor.of(new float[] {1, 2}, 2).requiresGrad(true);
        Tensor loss = x.square().sum();
        loss.backward();
        assertThat(x.grad().toArray()).containsExactly(2f, 4f);
        assertThatThrownBy(loss::backward).isInstanceOf(IllegalStateException.class).hasMessageContaining("freed");
    }
}
