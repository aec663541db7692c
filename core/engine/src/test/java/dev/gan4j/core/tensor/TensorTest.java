package dev.gan4j.core.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tensor factories, element access, the autograd flags and what detach shares. */
class TensorTest {

    @Test
    void factoriesFillAsTheySay() {
        assertThat(Tensor.zeros(2, 2).toArray()).containsOnly(0f);
        assertThat(Tensor.ones(3).toArray()).containsExactly(1f, 1f, 1f);
        assertThat(Tensor.full(2.5f, 2, 1).toArray()).containsExactly(2.5f, 2.5f);
        assertThat(Tensor.scalar(4f).rank()).isZero();
        assertThat(Tensor.scalar(4f).item()).isEqualTo(4f);
        Tensor uniform = Tensor.uniform(new Rng(1), -2f, 3f, 1000);
        for (float v : uniform.toArray()) {
            assertThat(v).isGreaterThanOrEqualTo(-2f).isLessThan(3f);
        }
    }

    @Test
    void ofTakesOwnershipAndChecksTheLength() {
        float[] values = {1, 2, 3, 4, 5, 6};
        Tensor t = Tensor.of(values, 2, 3);
        assertThat(t.data()).isSameAs(values);
        assertThat(t.get(1, 2)).isEqualTo(6f);
        assertThat(t.toArray()).isNotSameAs(values).containsExactly(values);
        assertThatThrownBy(() -> Tensor.of(new float[5], 2, 3)).hasMessageContainingAll("[2, 3]", "6", "5");
    }

    @Test
    void itemNeedsExactlyOneElement() {
        assertThatThrownBy(() -> Tensor.zeros(2).item()).isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("[2]", "sum()");
        assertThat(Tensor.full(3f, 1, 1).item()).isEqualTo(3f);
    }

    @Test
    void getChecksTheRankOfTheIndex() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).get(1)).hasMessageContainingAll("[1]", "rank 2");
    }

    @Test
    void randnIsDeterministicForASeedAndRoughlyStandard() {
        Tensor a = Tensor.randn(new Rng(7), 20_000);
        Tensor b = Tensor.randn(new Rng(7), 20_000);
        assertThat(a.toArray()).containsExactly(b.toArray());
        double mean = a.mean().item();
        double variance = a.sub((float) mean).square().mean().item();
        assertThat(mean).isBetween(-0.03, 0.03);
        assertThat(variance).isBetween(0.96, 1.04);
    }

    @Test
    void requiresGradMarksLeavesAndOpsInheritIt() {
        Tensor x = Tensor.ones(2);
        assertThat(x.requiresGrad()).isFalse();
        assertThat(x.isLeaf()).isTrue();
        x.requiresGrad(true);
        Tensor y = x.mul(2f);
        assertThat(y.requiresGrad()).isTrue();
        assertThat(y.isLeaf()).isFalse();
        assertThat(y.gradNode().op()).isEqualTo("scale");
        assertThat(y.gradNode().inputs()).containsExactly(x);
        assertThat(x.add(Tensor.ones(2)).gradNode().op()).isEqualTo("add");
        assertThat(Tensor.ones(2).add(Tensor.ones(2)).requiresGrad()).isFalse();
    }

    @Test
    void setGradRejectsAGradientOfAnotherShape() {
        Tensor x = Tensor.ones(2, 2);
        assertThatThrownBy(() -> x.setGrad(Tensor.ones(4))).hasMessageContainingAll("[4]", "[2, 2]");
    }

    @Test
    void detachSharesValuesButNotTheGraph() {
        Tensor x = Tensor.ones(2).requiresGrad(true).mul(3f);
        Tensor d = x.detach();
        assertThat(d.requiresGrad()).isFalse();
        assertThat(d.isLeaf()).isTrue();
        assertThat(d.data()).isSameAs(x.data());
    }

    @Test
    void toStringShowsShapeOriginAndTheFirstValues() {
        assertThat(Tensor.ones(2).requiresGrad(true)).hasToString("Tensor[2] requiresGrad [1.0, 1.0]");
        assertThat(Tensor.ones(2).requiresGrad(true).neg().toString()).startsWith("Tensor[2] from scale");
        assertThat(Tensor.zeros(10).toString()).endsWith(", ...]");
    }
}
