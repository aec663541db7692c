package dev.gan4j.core.autograd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Misuse fails at the call with a sentence that names the op, the shapes or values involved, and the fix. */
class ErrorMessageTest {

    @Test
    void addOfMismatchedShapesNamesBothShapesAndTheOp() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).add(Tensor.zeros(4, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("add", "[2, 3]", "[4, 3]");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).mul(Tensor.zeros(2)))
                .hasMessageContainingAll("multiply", "[2, 3]", "[2]");
    }

    @Test
    void matmulOfMismatchedShapesNamesBothShapesAndTheOp() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).matmul(Tensor.zeros(4, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("matmul", "[2, 3]", "[4, 5]");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).matmul(Tensor.zeros(3, 2), false, true))
                .hasMessageContainingAll("matmul", "[2, 3]", "inner dimensions 3 and 2");
        assertThatThrownBy(() -> Tensor.zeros(2, 3, 4).matmul(Tensor.zeros(4, 5)))
                .hasMessageContainingAll("matmul", "rank-2", "[2, 3, 4]");
    }

    @Test
    void conv2dOfMismatchedChannelsNamesBothShapesAndTheOp() {
        assertThatThrownBy(() -> ConvOps.conv2d(Tensor.zeros(1, 3, 5, 5), Tensor.zeros(2, 4, 3, 3), 1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("conv2d", "[1, 3, 5, 5]", "[2, 4, 3, 3]");
        assertThatThrownBy(() -> ConvOps.conv2d(Tensor.zeros(1, 3, 2, 2), Tensor.zeros(2, 3, 3, 3), 1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("2x2", "3x3", "padding");
    }

    @Test
    void concatOfMismatchedShapesNamesBothShapesAndTheOp() {
        assertThatThrownBy(() -> Tensor.concat(1, Tensor.zeros(2, 3), Tensor.zeros(3, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("concat", "[2, 3]", "[3, 3]", "axis 1");
        assertThatThrownBy(() -> Tensor.concat(0, List.of()))
                .hasMessageContaining("at least one tensor");
    }

    @Test
    void reshapeToADifferentSizeNamesBothShapesAndTheOp() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(4, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("reshape", "[2, 3]", "[4, 2]");
    }

    @Test
    void reshapeWithAnInferredDimensionThatDoesNotDivideNamesBothShapes() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(4, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("reshape", "[2, 3]", "[4, -1]");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(-1, -1))
                .hasMessageContainingAll("reshape", "more than one -1");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(-2, -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("reshape", "[2, 3]", "[-2, -3]");
    }

    @Test
    void backwardOnATensorThatNeedsNoGradientSaysSo() {
        assertThatThrownBy(() -> Tensor.ones(1).square().sum().backward())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not require gradients")
                .hasMessageContaining("requiresGrad(true)");
    }

    @Test
    void backwardTwiceThroughAFreedGraphSaysSo() {
        Tensor x = Tensor.ones(2).requiresGrad(true);
        Tensor loss = x.tanh().sum();
        loss.backward();
        assertThatThrownBy(loss::backward)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("freed", "backward(seed, true)");
    }

    @Test
    void backwardThroughAGraphFreedFromAnotherLossSaysSo() {
        Tensor x = Tensor.ones(2).requiresGrad(true);
        Tensor shared = x.exp();
        shared.sum().backward();
        assertThatThrownBy(() -> shared.mul(2f).sum().backward())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("exp", "freed");
    }

    @Test
    void gradThroughAGraphFreedByBackwardSaysSo() {
        Tensor x = Tensor.ones(2).requiresGrad(true);
        Tensor shared = x.exp();
        shared.sum().backward();
        assertThatThrownBy(() -> Autograd.grad(List.of(shared.mul(2f).sum()), List.of(x), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("exp", "freed");
    }

    @Test
    void backwardWithASeedOfTheWrongShapeNamesBothShapes() {
        Tensor y = Tensor.ones(2, 3).requiresGrad(true).mul(2f);
        assertThatThrownBy(() -> y.backward(Tensor.ones(3, 2), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("seed", "[3, 2]", "[2, 3]");
    }

    @Test
    void backwardOfANonScalarWithoutSeedSaysToReduceIt() {
        Tensor y = Tensor.ones(2, 3).requiresGrad(true).mul(2f);
        assertThatThrownBy(y::backward)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("[2, 3]", "sum or mean");
    }

    @Test
    void indexOutOfRangeNamesTheIndexAndTheValidRange() {
        Tensor table = Tensor.zeros(3, 2);
        assertThatThrownBy(() -> table.indexSelect(0, new int[] {0, 3}))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContainingAll("Index 3", "size 3", "[3, 2]", "0 to 2");
        assertThatThrownBy(() -> table.indexSelect(1, new int[] {-1}))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContainingAll("Index -1", "0 to 1");
        assertThatThrownBy(() -> ShapeOps.indexAdd(table, 0, new int[] {0, 1, 5}, 4))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContainingAll("Index 5", "0 to 3");
        assertThatThrownBy(() -> table.get(1, 2))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContainingAll("Index 2", "dimension 1", "[3, 2]");
        assertThatThrownBy(() -> table.slice(0, 1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("[1, 4)", "[3, 2]");
        assertThatThrownBy(() -> table.sum(new int[] {2}, false))
                .hasMessageContainingAll("Axis 2", "[3, 2]", "-2 to 1");
    }

    @Test
    void embedOutsideTheTargetNamesTheRangeAndShape() {
        assertThatThrownBy(() -> ShapeOps.embed(Tensor.ones(2, 3), 1, 2, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("embed", "[2, 3]", "2", "4");
        assertThatThrownBy(() -> ShapeOps.embed(Tensor.ones(2, 3), 0, -1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("embed", "-1");
    }

    @Test
    void convTranspose2dWithPaddingThatLeavesNoOutputSaysSo() {
        assertThatThrownBy(() -> ConvOps.convTranspose2d(Tensor.ones(1, 1, 1, 1), Tensor.ones(1, 1, 1, 1),
                1, 1, 1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("convTranspose2d", "[1, 1, 1, 1]", "padding");
        assertThatThrownBy(() -> ConvOps.convTranspose2d(Tensor.ones(1, 1, 2, 2), Tensor.ones(1, 1, 1, 1),
                1, 1, 1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("convTranspose2d", "[1, 1, 2, 2]", "padding");
    }

    @Test
    void reflectionPadAdjointWithPadsLargerThanTheImageSaysSo() {
        assertThatThrownBy(() -> SpatialOps.reflectionPad2dAdjoint(Tensor.ones(1, 1, 2, 2), 2, 2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("reflectionPad2dAdjoint", "[1, 1, 2, 2]");
        assertThatThrownBy(() -> SpatialOps.reflectionPad2d(Tensor.ones(1, 1, 2, 2), 2, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("[1, 1, 2, 2]", "smaller than the padded dimension");
    }

    @Test
    void invalidArgumentsOfElementwiseOpsSaySo() {
        assertThatThrownBy(() -> Tensor.ones(2).clamp(1f, -1f)).hasMessageContainingAll("clamp", "min 1.0", "max -1.0");
        assertThatThrownBy(() -> RandomOps.dropout(Tensor.ones(2), 1f, new Rng(1)))
                .hasMessageContainingAll("dropout", "[0, 1)", "1.0");
        assertThatThrownBy(() -> Tensor.ones(2).requiresGrad(true).tanh().requiresGrad(false))
                .hasMessageContainingAll("leaf", "tanh", "detach()");
    }
}
