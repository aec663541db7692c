package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class TranslationErrorTest {
    @Test
    void maeAndPsnrOfAKnownDifference() {
        Tensor truth = Tensor.zeros(2, 1, 2, 2);
        Tensor translated = Tensor.full(0.2f, 2, 1, 2, 2);
        TranslationError error = TranslationError.between(translated, truth);
        assertThat(error.meanAbsoluteError()).isCloseTo(0.2, within(1e-6));
        assertThat(error.psnr()).isCloseTo(10 * Math.log10(4 / 0.04), within(1e-4));
        assertThat(TranslationError.between(truth, truth).psnr()).isInfinite();
    }

    @Test
    void rejectsImagesOfDifferentShapes() {
        assertThatThrownBy(() -> TranslationError.between(Tensor.zeros(2, 1, 4, 4), Tensor.zeros(2, 1, 5, 5)))
                .hasMessageContaining("[2, 1, 4, 4]").hasMessageContaining("[2, 1, 5, 5]");
    }
}
