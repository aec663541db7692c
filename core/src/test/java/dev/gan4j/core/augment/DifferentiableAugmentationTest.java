package dev.gan4j.core.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.autograd.GradientCheck;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differentiable augmentation: gradients through every transform against finite differences
 * (with the random draws fixed by the seed), determinism, what each transform does to the
 * pixels, and the sentences for bad settings.
 */
class DifferentiableAugmentationTest {

    private static Tensor images(long seed, int n, int c, int h, int w) {
        return Tensor.uniform(new Rng(seed), -1f, 1f, n, c, h, w);
    }

    private static DifferentiableAugmentation only(String transform) {
        return new DifferentiableAugmentation(new AugmentConfig(List.of(transform), 0.25, 0.5));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"color", "translation", "cutout"})
    void gradientThroughEachTransformMatchesFiniteDifferences(String transform) {
        DifferentiableAugmentation augmentation = only(transform);
        // a fresh generator with the same seed per call: the finite differences see the same transforms
        GradientCheck.standard().check(in -> augmentation.apply(in.get(0), new Rng(5)).tanh(), images(1, 3, 3, 4, 4));
    }

    @Test
    void gradientThroughTheWholePolicyMatchesFiniteDifferences() {
        DifferentiableAugmentation augmentation = new DifferentiableAugmentation(
                new AugmentConfig(List.of("color", "translation", "cutout"), 0.25, 0.5));
        GradientCheck.standard().check(in -> augmentation.apply(in.get(0), new Rng(9)).tanh(), images(2, 2, 1, 6, 5));
    }

    @Test
    void sameSeedGivesTheSameBatchAndAnotherSeedAnother() {
        DifferentiableAugmentation augmentation = new DifferentiableAugmentation(
                new AugmentConfig(List.of("color", "translation", "cutout"), null, null));
        Tensor x = images(3, 8, 1, 28, 28);
        float[] first = augmentation.apply(x, new Rng(7)).toArray();
        assertThat(augmentation.apply(x, new Rng(7)).toArray()).containsExactly(first);
        assertThat(augmentation.apply(x, new Rng(8)).toArray()).isNotEqualTo(first);
    }

    @Test
    void translationMovesPixelsWithoutChangingThemAndStaysWithinItsRange() {
        Tensor x = images(4, 16, 1, 16, 16).add(2f); // all values in [1, 3]: zeros can only come from the shift
        Tensor y = only("translation").apply(x, new Rng(11));
        int maxShift = 4; // 0.25 of 16
        for (int img = 0; img < 16; img++) {
            int zeroRows = 0;
            for (int i = 0; i < 16; i++) {
                if (y.toArray()[img * 256 + i * 16 + 8] == 0f && y.toArray()[img * 256 + i * 16 + 7] == 0f) {
                    zeroRows++;
                }
            }
            assertThat(zeroRows).isLessThanOrEqualTo(maxShift);
        }
        for (float v : y.toArray()) {
            assertThat(v == 0f || (v >= 1f && v <= 3f)).isTrue();
        }
    }

    @Test
    void cutoutBlanksAtMostASquareOfTheConfiguredSideAndLeavesTheRest() {
        Tensor x = images(5, 32, 2, 12, 12).add(2f);
        float[] y = only("cutout").apply(x, new Rng(12)).toArray();
        float[] in = x.toArray();
        int largest = 0;
        for (int img = 0; img < 32; img++) {
            int zeros = 0;
            for (int k = 0; k < 144; k++) {
                int a = img * 288 + k;
                assertThat(y[a]).isIn(0f, in[a]);
                assertThat(y[a + 144]).as("the same box in every channel").isEqualTo(y[a] == 0f ? 0f : in[a + 144]);
                zeros += y[a] == 0f ? 1 : 0;
            }
            largest = Math.max(largest, zeros);
        }
        assertThat(largest).isEqualTo(36); // a 6x6 box (0.5 of 12) lies fully inside for some image
    }

    @Test
    void colorKeepsEachImageAnAffineFunctionOfItself() {
        Tensor x = images(6, 4, 1, 5, 5);
        float[] y = only("color").apply(x, new Rng(13)).toArray();
        float[] in = x.toArray();
        for (int img = 0; img < 4; img++) {
            int o = img * 25;
            double scale = (y[o + 1] - y[o]) / (in[o + 1] - in[o]);
            for (int k = 2; k < 25; k++) {
                assertThat((double) y[o + k] - y[o]).isCloseTo(scale * (in[o + k] - in[o]),
                        org.assertj.core.data.Offset.offset(1e-4));
            }
            assertThat(scale).isBetween(0.5, 1.5);
        }
    }

    @Test
    void badSettingsAreSentencesNamingTheField() {
        assertThatThrownBy(() -> new AugmentConfig(List.of("rotate"), null, null))
                .hasMessage("augment.policy names \"rotate\", but the known transforms are color, translation, cutout.");
        assertThatThrownBy(() -> new AugmentConfig(List.of(), null, null))
                .hasMessageContaining("augment.policy is empty");
        assertThatThrownBy(() -> new AugmentConfig(List.of("cutout", "cutout"), null, null))
                .hasMessageContaining("names a transform twice");
        assertThatThrownBy(() -> new AugmentConfig(null, 1.5, null))
                .hasMessageContaining("augment.translation is 1.5");
        assertThatThrownBy(() -> new AugmentConfig(null, null, 0.0))
                .hasMessageContaining("augment.cutout is 0.0");
        assertThatThrownBy(() -> DifferentiableAugmentation.requireImages(new int[] {2}, "family.augment"))
                .hasMessage("family.augment augments images [C, H, W], but a sample of this data has shape [2]; "
                        + "remove \"augment\" for data that are not images.");
    }

    @Test
    void defaultsAreThePapers() {
        AugmentConfig config = AugmentConfig.defaults();
        assertThat(config.policy()).containsExactly("translation", "cutout");
        assertThat(config.translation()).isEqualTo(0.125);
        assertThat(config.cutout()).isEqualTo(0.5);
    }
}
