package dev.gan4j.core.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** How gradients flow, accumulate and stop: the contract of backward, grad, detach and the no-grad scope. */
class AutogradSemanticsTest {

    private static Tensor leaf(float... values) {
        return Tensor.of(values, values.length).requiresGrad(true);
    }

    @Test
    void gradientsAccumulateAcrossTwoBackwardCalls() {
        Tensor x = leaf(1f, 2f);
        x.square().sum().backward();
        x.mul(3f).sum().backward();
        assertThat(x.grad().toArray()).containsExactly(2f + 3f, 4f + 3f);
        x.zeroGrad();
        assertThat(x.grad()).isNull();
    }

    @Test
    void aSummedGradientHandedToBothInputsOfAnAddIsNotChangedThroughTheOther() {
        // p's gradient is a sum of two paths; add hands that one tensor to a and to b, and each then
        // receives another gradient: adding it in place would change the other's too
        Tensor x = leaf(1f, 2f);
        Tensor a = x.mul(3f);
        Tensor b = x.mul(5f);
        Tensor p = a.add(b);
        // a's and b's own terms first: the backward pass reaches them after p
        Tensor loss = a.mul(Tensor.of(new float[] {16f, 32f}, 2)).sum()
                .add(b.mul(Tensor.of(new float[] {64f, 128f}, 2)).sum())
                .add(p.mul(Tensor.of(new float[] {1f, 2f}, 2)).sum())
                .add(p.mul(Tensor.of(new float[] {4f, 8f}, 2)).sum());
        loss.backward();
        // d/dx = 3·(c1 + c2 + c3) + 5·(c1 + c2 + c4)
        assertThat(x.grad().toArray()).containsExactly(3f * (1 + 4 + 16) + 5f * (1 + 4 + 64),
                3f * (2 + 8 + 32) + 5f * (2 + 8 + 128));
    }

    @Test
    void aLeafUsedThreeTimesGetsItsOwnGradientArray() {
        Tensor x = leaf(1f, 2f);
        Tensor y = x.mul(2f);
        x.add(x).add(x).add(y).sum().backward();
        float[] first = x.grad().data();
        assertThat(first).containsExactly(5f, 5f);
        x.add(x.mul(2f)).sum().backward();
        assertThat(x.grad().toArray()).containsExactly(8f, 8f);
        assertThat(first).as("the first gradient is not changed by the second backward").containsExactly(5f, 5f);
    }

    @Test
    void aTensorUsedTwiceGetsTheSumOfBothPaths() {
        Tensor x = leaf(1f, -2f);
        Tensor y = x.square();
        // loss = sum(y + 2·y·x) = sum(x² + 2x³): gradient 2x + 6x²
        y.add(y.mul(x).mul(2f)).sum().backward();
        assertThat(x.grad().toArray()).containsExactly(2f + 6f, -4f + 24f);
    }

    @Test
    void retainGraphLetsBackwardRunTwice() {
        Tensor x = leaf(1f, 2f);
        Tensor loss = x.tanh().sum();
        loss.backward(Tensor.scalar(1f), true);
        float[] once = x.grad().toArray();
        loss.backward(Tensor.scalar(1f), false);
        assertThat(x.grad().toArray()).containsExactly(2 * once[0], 2 * once[1]);
    }

    @Test
    void detachStopsGradients() {
        Tensor x = leaf(1f, 2f);
        Tensor loss = x.square().detach().mul(x).sum();
        loss.backward();
        // only the path through the second factor counts: d/dx (c · x) = c = x²
        assertThat(x.grad().toArray()).containsExactly(1f, 4f);
        assertThat(x.square().detach().requiresGrad()).isFalse();
    }

    @Test
    void gradDoesNotTouchTheAccumulatedGradients() {
        Tensor x = leaf(1f, 2f);
        Tensor y = x.square().sum();
        List<Tensor> g = Autograd.grad(List.of(y), List.of(x), false);
        assertThat(g.get(0).toArray()).containsExactly(2f, 4f);
        assertThat(x.grad()).isNull();
        // the graph is kept: backward still works afterwards
        y.backward();
        assertThat(x.grad().toArray()).containsExactly(2f, 4f);
    }

    @Test
    void gradOfAnUnconnectedInputIsZeros() {
        Tensor x = leaf(1f, 2f);
        Tensor unused = Tensor.ones(3, 2).requiresGrad(true);
        List<Tensor> g = Autograd.grad(List.of(x.exp().sum()), List.of(x, unused), false);
        assertThat(g.get(1).dims()).containsExactly(3, 2);
        assertThat(g.get(1).toArray()).containsOnly(0f);
    }

    @Test
    void gradOfSeveralOutputsIsTheGradientOfTheirSum() {
        Tensor x = leaf(1f, 2f);
        List<Tensor> g = Autograd.grad(List.of(x.square(), x.mul(3f)), List.of(x), false);
        assertThat(g.get(0).toArray()).containsExactly(5f, 7f);
    }

    @Test
    void gradWithoutCreateGraphReturnsConstants() {
        Tensor x = leaf(1f, 2f);
        Tensor g = Autograd.grad(List.of(x.square().sum()), List.of(x), false).get(0);
        assertThat(g.requiresGrad()).isFalse();
        Tensor h = Autograd.grad(List.of(x.square().sum()), List.of(x), true).get(0);
        assertThat(h.requiresGrad()).isTrue();
    }

    @Test
    void opsInsideNoGradRecordNothing() {
        Tensor x = leaf(1f, 2f);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            Tensor y = x.square().add(x).sum();
            assertThat(y.requiresGrad()).isFalse();
            assertThat(y.gradNode()).isNull();
            assertThat(GradMode.isEnabled()).isFalse();
        }
        assertThat(GradMode.isEnabled()).isTrue();
        assertThat(x.square().requiresGrad()).isTrue();
    }

    @Test
    void noGradScopesRestoreThePreviousStateWhenNested() {
        assertThat(GradMode.isEnabled()).isTrue();
        try (GradMode.Scope outer = GradMode.noGrad()) {
            try (GradMode.Scope inner = GradMode.noGrad()) {
                assertThat(GradMode.isEnabled()).isFalse();
            }
            assertThat(GradMode.isEnabled()).isFalse();
            try (GradMode.Scope enabled = GradMode.set(true)) {
                assertThat(GradMode.isEnabled()).isTrue();
                assertThat(leaf(1f).square().requiresGrad()).isTrue();
            }
            assertThat(GradMode.isEnabled()).isFalse();
        }
        assertThat(GradMode.isEnabled()).isTrue();
    }

    @Test
    void noGradScopeRestoresTheStateWhenTheBodyThrows() {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            Tensor.zeros(2).add(Tensor.zeros(3));
        } catch (IllegalArgumentException expected) {
            assertThat(GradMode.isEnabled()).isTrue();
        }
        assertThat(GradMode.isEnabled()).isTrue();
    }

    @Test
    void noGradOnOneThreadDoesNotAffectAnother() throws Exception {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            boolean elsewhere = CompletableFuture.supplyAsync(GradMode::isEnabled).get();
            assertThat(elsewhere).isTrue();
        }
    }

    @Test
    void backwardInsideNoGradStillFillsGradients() {
        Tensor x = leaf(3f);
        Tensor loss = x.square().sum();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            loss.backward();
        }
        assertThat(x.grad().toArray()).containsExactly(6f);
        assertThat(x.grad().requiresGrad()).isFalse();
    }

    @Test
    void leavesThatDoNotRequireGradientsGetNone() {
        Tensor x = leaf(1f, 2f);
        Tensor c = Tensor.of(new float[] {3f, 4f}, 2);
        x.mul(c).sum().backward();
        assertThat(c.grad()).isNull();
        assertThat(x.grad().toArray()).containsExactly(3f, 4f);
    }

    @Test
    void leafGradientsDoNotShareStorage() {
        // add's rule hands the same gradient to both inputs; an optimiser that scales one leaf's
        // gradient in place (clipping, weight decay) must not change the other's
        Tensor a = leaf(1f, 2f);
        Tensor b = leaf(3f, 4f);
        a.add(b).sum().backward();
        a.grad().data()[0] = 100f;
        assertThat(b.grad().toArray()).containsExactly(1f, 1f);
    }

    @Test
    void leafGradientDoesNotShareStorageWithTheSeed() {
        Tensor x = Tensor.ones(2, 2).requiresGrad(true);
        Tensor seed = Tensor.full(2f, 4);
        x.reshape(4).backward(seed, false);
        x.grad().data()[0] = 100f;
        assertThat(seed.toArray()).containsExactly(2f, 2f, 2f, 2f);
    }

    @Test
    void backwardDropsTheInputsOfTheGraphItFrees() {
        // a loss kept for logging after backward must not keep every activation of the step alive
        Tensor x = leaf(1f, 2f);
        Tensor hidden = x.tanh();
        Tensor loss = hidden.square().sum();
        loss.backward();
        assertThat(loss.gradNode().inputs()).isEmpty();
        assertThat(hidden.gradNode().inputs()).isEmpty();
    }

    @Test
    void retainedGraphKeepsItsInputs() {
        Tensor x = leaf(1f, 2f);
        Tensor loss = x.tanh().sum();
        loss.backward(Tensor.scalar(1f), true);
        assertThat(loss.gradNode().inputs()).hasSize(1);
    }

    @Test
    void afterZeroGradTheNextGradientIsCopiedIntoTheClearedArrayAndLeavesTheSourceAlone() {
        Tensor x = leaf(1f, 2f);
        Tensor y = leaf(3f, 4f);
        // x's gradient is y's value handed through mul: it must be copied, never shared with y
        x.mul(y).sum().backward();
        float[] first = x.grad().data();
        assertThat(first).containsExactly(3f, 4f);
        x.zeroGrad();
        y.zeroGrad();
        x.mul(y).mul(2f).sum().backward();
        assertThat(x.grad().data()).as("the cleared gradient's array, reused").isSameAs(first).containsExactly(6f, 8f);
        assertThat(y.data()).containsExactly(3f, 4f);
        // a gradient set from outside is not the tensor's own: zeroGrad does not recycle it
        float[] outside = {9f, 9f};
        x.setGrad(Tensor.of(outside, 2));
        x.zeroGrad();
        x.mul(y).sum().backward();
        assertThat(x.grad().data()).isNotSameAs(outside).containsExactly(3f, 4f);
        assertThat(outside).containsExactly(9f, 9f);
    }
}
