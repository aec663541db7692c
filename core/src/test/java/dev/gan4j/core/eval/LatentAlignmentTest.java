package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class LatentAlignmentTest {
    @Test
    void codesFromOneDistributionAreAlignedAndAShiftedCloudIsNot() {
        Rng rng = new Rng(3);
        Tensor x = Tensor.randn(rng, 400, 4, 3, 3);
        Tensor y = Tensor.randn(rng, 400, 4, 3, 3);
        Tensor shifted = Tensor.randn(rng, 400, 4, 3, 3).add(1f);

        LatentAlignment same = LatentAlignment.between(x, y, 1);
        LatentAlignment apart = LatentAlignment.between(x, shifted, 1);

        assertThat(same.probeAccuracy()).as("chance for one distribution").isBetween(0.4, 0.6);
        assertThat(apart.probeAccuracy()).as("a unit shift in 36 dimensions is plainly separable").isGreaterThan(0.95);
        assertThat(same.relativeFrechet()).isLessThan(0.1);
        // |μ_X − μ_Y|² = 36 against tr Σ_X + tr Σ_Y = 72
        assertThat(apart.relativeFrechet()).isBetween(0.4, 0.6);
        assertThat(apart.codes()).isEqualTo(400);
        assertThat(apart.dimension()).isEqualTo(36);
    }

    @Test
    void longCodesAreProjectedForTheFrechetDistanceAndTheSameSeedGivesTheSameFigures() {
        Rng rng = new Rng(5);
        Tensor x = Tensor.randn(rng, 300, 400);
        Tensor alike = Tensor.randn(rng, 300, 400);
        Tensor wider = Tensor.randn(rng, 300, 400).mul(2f);

        LatentAlignment once = LatentAlignment.between(x, wider, 7);
        LatentAlignment again = LatentAlignment.between(x, wider, 7);
        LatentAlignment same = LatentAlignment.between(x, alike, 7);

        assertThat(once).isEqualTo(again);
        assertThat(once.dimension()).isEqualTo(400);
        // 300 codes estimate 256-dimensional covariances with a bias, which the same distribution shows too
        assertThat(once.frechet()).isGreaterThan(2 * same.frechet());
        assertThat(once.relativeFrechet()).isGreaterThan(2 * same.relativeFrechet());
    }

    @Test
    void codesOfDifferentShapesOrTooFewAreRefusedInASentence() {
        Rng rng = new Rng(1);
        assertThatThrownBy(() -> LatentAlignment.between(Tensor.randn(rng, 10, 8), Tensor.randn(rng, 10, 9), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[10, 8]").hasMessageContaining("[10, 9]");
        assertThatThrownBy(() -> LatentAlignment.between(Tensor.randn(rng, 3, 8), Tensor.randn(rng, 10, 8), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 4 codes");
    }
}
