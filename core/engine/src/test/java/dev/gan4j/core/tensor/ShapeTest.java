package dev.gan4j.core.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Shape arithmetic: sizes, strides, axes and the broadcasting rule with its error message. */
class ShapeTest {

    @Test
    void sizeAndStridesAreRowMajor() {
        Shape s = Shape.of(2, 3, 4);
        assertThat(s.size()).isEqualTo(24);
        assertThat(s.strides()).containsExactly(12, 4, 1);
        assertThat(s.rank()).isEqualTo(3);
        assertThat(Shape.of().size()).isEqualTo(1);
        assertThat(Shape.of(3, 0).size()).isZero();
    }

    @Test
    void negativeAxesCountFromTheEnd() {
        Shape s = Shape.of(2, 3, 4);
        assertThat(s.dim(-1)).isEqualTo(4);
        assertThat(s.normaliseAxis(-3)).isZero();
        assertThatThrownBy(() -> s.normaliseAxis(3)).hasMessageContainingAll("Axis 3", "[2, 3, 4]", "-3 to 2");
    }

    @Test
    void broadcastingAlignsFromTheRightAndStretchesOnes() {
        assertThat(Shape.broadcast(Shape.of(2, 3, 4, 5), Shape.of(1, 3, 1, 1), "add")).isEqualTo(Shape.of(2, 3, 4, 5));
        assertThat(Shape.broadcast(Shape.of(3, 1, 1), Shape.of(2, 3, 4, 5), "add")).isEqualTo(Shape.of(2, 3, 4, 5));
        assertThat(Shape.broadcast(Shape.of(4, 1), Shape.of(1, 3), "add")).isEqualTo(Shape.of(4, 3));
        assertThat(Shape.broadcast(Shape.of(), Shape.of(2, 3), "add")).isEqualTo(Shape.of(2, 3));
        assertThat(Shape.broadcast(Shape.of(5), Shape.of(2, 1), "add")).isEqualTo(Shape.of(2, 5));
    }

    @Test
    void broadcastingAZeroSizedDimensionAgainstOneGivesZero() {
        assertThat(Shape.broadcast(Shape.of(0, 3), Shape.of(1, 3), "add")).isEqualTo(Shape.of(0, 3));
        assertThat(Shape.broadcast(Shape.of(2, 1), Shape.of(2, 0), "add")).isEqualTo(Shape.of(2, 0));
        assertThat(Shape.broadcast(Shape.of(1), Shape.of(0), "add")).isEqualTo(Shape.of(0));
        assertThat(Tensor.zeros(0, 3).add(Tensor.ones(1, 3)).dims()).containsExactly(0, 3);
        assertThatThrownBy(() -> Shape.broadcast(Shape.of(0), Shape.of(2), "add")).hasMessageContainingAll("[0]", "[2]");
    }

    @Test
    void incompatibleShapesNameBothShapesTheOpAndTheDimension() {
        assertThatThrownBy(() -> Shape.broadcast(Shape.of(2, 3), Shape.of(4, 3), "add"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("Cannot add", "[2, 3]", "[4, 3]", "dimension 0", "2 against 4");
    }

    @Test
    void broadcastStridesAreZeroOnStretchedAndMissingDimensions() {
        assertThat(Shape.of(3, 1).broadcastStrides(Shape.of(2, 3, 4))).containsExactly(0, 1, 0);
        assertThat(Shape.of(1, 3, 1, 1).broadcastStrides(Shape.of(2, 3, 4, 5))).containsExactly(0, 1, 0, 0);
    }

    @Test
    void broadcastsToAcceptsOnlyTargetsItCanStretchTo() {
        assertThat(Shape.of(3, 1).broadcastsTo(Shape.of(2, 3, 4))).isTrue();
        assertThat(Shape.of(3, 2).broadcastsTo(Shape.of(2, 3, 4))).isFalse();
        assertThat(Shape.of(2, 3, 4).broadcastsTo(Shape.of(3, 4))).isFalse();
    }

    @Test
    void negativeOrOversizedShapesAreRejected() {
        assertThatThrownBy(() -> Shape.of(2, -1)).hasMessageContainingAll("negative", "[2, -1]");
        assertThatThrownBy(() -> Shape.of(1 << 16, 1 << 16)).hasMessageContainingAll("2^31 - 1", "[65536, 65536]");
    }

    @Test
    void shapesAreValuesAndDoNotShareTheirArrays() {
        int[] dims = {2, 3};
        Shape s = Shape.of(dims);
        dims[0] = 7;
        assertThat(s).isEqualTo(Shape.of(2, 3)).hasSameHashCodeAs(Shape.of(2, 3));
        s.toArray()[1] = 9;
        assertThat(s.dim(1)).isEqualTo(3);
        assertThat(s).hasToString("[2, 3]");
    }
}
