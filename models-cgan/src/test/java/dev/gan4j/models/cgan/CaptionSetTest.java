package dev.gan4j.models.cgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.condition.Tokeniser;
import dev.gan4j.core.condition.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped Fashion-MNIST captions, the tokeniser and the vocabulary. */
class CaptionSetTest {
    private final CaptionSet captions = CaptionSet.load(CaptionSet.FASHION_MNIST, 10);
    private final Vocabulary vocabulary = Vocabulary.of(captions.allTraining());

    @Test
    void everyClassHasSeveralTrainingWordingsAndHeldOutOnes() {
        for (int k = 0; k < 10; k++) {
            assertThat(captions.training(k)).as("training captions of class " + k).hasSizeGreaterThanOrEqualTo(4);
            assertThat(captions.heldOut(k)).as("held-out captions of class " + k).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void heldOutWordingsAreNewCombinationsOfKnownWords() {
        for (int k = 0; k < 10; k++) {
            for (String heldOut : captions.heldOut(k)) {
                assertThat(captions.allTraining()).as("held-out caption seen verbatim").doesNotContain(heldOut);
                assertThat(vocabulary.encode(heldOut).unknown()).as("unknown words of \"" + heldOut + "\"").isEmpty();
            }
        }
    }

    @Test
    void tokeniserLowerCasesAndKeepsHyphenatedWordsWhole() {
        assertThat(Tokeniser.words("A T-Shirt, please!  Men's -- top-")).containsExactly("a", "t-shirt", "please",
                "men's", "top");
        assertThat(Tokeniser.words(" ,. ")).isEmpty();
    }

    @Test
    void vocabularyNumbersWordsAlphabeticallyAfterPadding() {
        Vocabulary small = Vocabulary.of(List.of("b a", "c a"));
        assertThat(small.words()).containsExactly("a", "b", "c");
        assertThat(small.encode("c x b").ids()).containsExactly(3, 2);
        assertThat(small.encode("c x b").unknown()).containsExactly("x");
        assertThat(small.describe()).isEqualTo("0 <pad>, 1 a, 2 b, 3 c");
    }

    @Test
    void malformedCaptionLinesAreRejectedWithTheLine() {
        assertThatThrownBy(() -> CaptionSet.parse("test", List.of("0\ttrain\ta hat", "1\tsometimes\ta coat"), 2))
                .hasMessageContaining("line 2").hasMessageContaining("train or held-out");
        assertThatThrownBy(() -> CaptionSet.parse("test", List.of("0\ttrain\ta hat"), 2))
                .hasMessageContaining("no training caption for class 1");
        assertThatThrownBy(() -> CaptionSet.parse("test", List.of("5\ttrain\ta hat"), 2))
                .hasMessageContaining("class 5");
    }

    @Test
    void mismatchedClassesNeverMatch() {
        int[] classes = new int[1000];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = i % 3;
        }
        int[] other = MismatchedClasses.draw(classes, 3, new dev.gan4j.core.tensor.Rng(1));
        int[] counts = new int[3];
        for (int i = 0; i < classes.length; i++) {
            assertThat(other[i]).isNotEqualTo(classes[i]).isBetween(0, 2);
            counts[other[i]]++;
        }
        for (int count : counts) {
            assertThat(count).as("times each class is drawn").isGreaterThan(250);
        }
    }
}
