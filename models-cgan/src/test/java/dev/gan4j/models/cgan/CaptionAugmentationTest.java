package dev.gan4j.models.cgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word dropout and caption mixing make subsets and mixtures of a class's captions, within maxTokens. */
class CaptionAugmentationTest {
    private static final List<int[]> CLASS = List.of(new int[] {1, 2, 3}, new int[] {1, 4, 5, 6});

    @Test
    void withoutAugmentationTheCaptionIsUsedAsItIsAndNothingElseIsDrawn() {
        CaptionAugmentation none = new CaptionAugmentation(0, 0, 8);
        Rng rng = new Rng(3);
        Rng reference = new Rng(3);
        for (int i = 0; i < 20; i++) {
            assertThat(none.draw(CLASS, rng)).isSameAs(CLASS.get(reference.nextInt(2)));
        }
        assertThat(rng.state()).isEqualTo(reference.state());
    }

    @Test
    void dropoutKeepsAtLeastOneWordOfTheCaption() {
        CaptionAugmentation dropout = new CaptionAugmentation(0.9, 0, 8);
        Rng rng = new Rng(4);
        Set<Integer> lengths = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int[] ids = dropout.draw(CLASS, rng);
            lengths.add(ids.length);
            assertThat(ids.length).isBetween(1, 4);
            assertThat(Arrays.stream(ids).allMatch(id -> id >= 1 && id <= 6)).isTrue();
            assertThat(Arrays.stream(ids).distinct().count()).isEqualTo(ids.length);
        }
        assertThat(lengths).contains(1, 2);
    }

    @Test
    void mixingJoinsTheWordsOfTwoCaptionsOfTheClassWithinMaxTokens() {
        CaptionAugmentation mixing = new CaptionAugmentation(0, 1, 5);
        Rng rng = new Rng(5);
        boolean sawMixture = false;
        for (int i = 0; i < 100; i++) {
            int[] ids = mixing.draw(CLASS, rng);
            assertThat(ids.length).isLessThanOrEqualTo(5);
            Set<Integer> words = new HashSet<>();
            Arrays.stream(ids).forEach(words::add);
            sawMixture |= words.contains(2) && words.contains(5);
        }
        assertThat(sawMixture).isTrue();
    }

    @Test
    void probabilitiesOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> new CaptionAugmentation(1.5, 0, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> CganConfigs.text(0.2, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cgan.captionMixing");
        assertThatThrownBy(() -> CganConfigs.label(0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cgan.wordDropout").hasMessageContaining("condition is \"text\"");
    }

    /** Configs with only the augmentation fields set. */
    private static final class CganConfigs {
        static CganConfig text(double dropout, double mixing) {
            return new CganConfig(null, null, null, null, null, null, null, null, null, null, "text", null, null, null,
                    null, null, null, null, dropout, mixing);
        }

        static CganConfig label(double dropout) {
            return new CganConfig(null, null, null, null, null, null, null, null, null, null, "label", null, null, null,
                    null, null, null, null, dropout, null);
        }
    }
}
