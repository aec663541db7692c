package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SymmetryMixingTest {
    /** A 3×3 image holding 0..8 row by row, one channel, batch 1. */
    private static final Tensor IMAGE = Tensor.of(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, 1, 1, 3, 3);

    @Test
    void aSquareImageHasItsEightDistinctSymmetriesARectangleItsFour() {
        SymmetryMixing square = new SymmetryMixing(3, 3, SymmetryMixing.equalWeights(1), new Rng(1));
        Set<List<Float>> images = new HashSet<>();
        for (SymmetryMixing.Symmetry g : square.symmetries()) {
            images.add(asList(g.apply(IMAGE).toArray()));
        }
        assertThat(images).hasSize(8);
        assertThat(new SymmetryMixing(3, 4, SymmetryMixing.equalWeights(1), new Rng(1)).symmetries()).hasSize(4)
                .noneMatch(SymmetryMixing.Symmetry::transpose);
    }

    @Test
    void theSymmetriesAreTheMirrorImagesAndTheTurnsOfTheImage() {
        assertThat(new SymmetryMixing.Symmetry(false, false, true).apply(IMAGE).toArray())
                .containsExactly(2, 1, 0, 5, 4, 3, 8, 7, 6);
        assertThat(new SymmetryMixing.Symmetry(false, true, false).apply(IMAGE).toArray())
                .containsExactly(6, 7, 8, 3, 4, 5, 0, 1, 2);
        // transpose, then reverse the columns: a quarter-turn clockwise
        assertThat(new SymmetryMixing.Symmetry(true, false, true).apply(IMAGE).toArray())
                .containsExactly(6, 3, 0, 7, 4, 1, 8, 5, 2);
    }

    @Test
    void oneWeightOnTheMirrorImageMirrorsAndEqualWeightsAverageEveryOrientation() {
        SymmetryMixing mixing = new SymmetryMixing(3, 3, Init.constant(0), new Rng(1));
        int mirror = mixing.symmetries().indexOf(new SymmetryMixing.Symmetry(false, false, true));
        mixing.weight().data()[mirror] = 2f;
        assertThat(mixing.forward(IMAGE).toArray()).containsExactly(4, 2, 0, 10, 8, 6, 16, 14, 12);

        SymmetryMixing equal = new SymmetryMixing(3, 3, SymmetryMixing.equalWeights(8), new Rng(1));
        // every orientation at once: a corner pixel shows in every corner, twice (a turn and a reflection take it there)
        Tensor corner = Tensor.of(new float[] {1, 0, 0, 0, 0, 0, 0, 0, 0}, 1, 1, 3, 3);
        assertThat(equal.forward(corner).toArray()).containsExactly(2, 0, 2, 0, 0, 0, 2, 0, 2);
    }

    @Test
    void anImageOfTheWrongSizeIsRefusedNamingBothSizes() {
        SymmetryMixing mixing = new SymmetryMixing(3, 3, SymmetryMixing.equalWeights(1), new Rng(1));
        assertThatThrownBy(() -> mixing.forward(Tensor.zeros(1, 1, 4, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[N, C, 3, 3]").hasMessageContaining("[1, 1, 4, 4]");
    }

    private static List<Float> asList(float[] values) {
        List<Float> list = new java.util.ArrayList<>();
        for (float v : values) {
            list.add(v);
        }
        return list;
    }
}
