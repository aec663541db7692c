package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ClassPredictionsTest {
    @Test
    void confidentEvenlySpreadPredictionsScoreTheNumberOfClasses() {
        float[] p = new float[4 * 4];
        for (int i = 0; i < 4; i++) {
            p[i * 4 + i] = 1;
        }
        ClassPredictions predictions = ClassPredictions.of(Tensor.of(p, 4, 4));
        assertThat(predictions.classifierScore()).isCloseTo(4, within(1e-9));
        assertThat(predictions.histogram()).containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-12));
        assertThat(predictions.histogramEntropy()).isCloseTo(Math.log(4), within(1e-12));
        assertThat(predictions.accuracyAgainst(new int[] {0, 1, 2, 3})).isEqualTo(1.0);
        assertThat(predictions.accuracyAgainst(new int[] {0, 1, 3, 2})).isEqualTo(0.5);
    }

    @Test
    void oneClassForEverySampleScoresOneWithZeroEntropy() {
        float[] p = new float[5 * 3];
        for (int i = 0; i < 5; i++) {
            p[i * 3 + 2] = 1;
        }
        ClassPredictions predictions = ClassPredictions.of(Tensor.of(p, 5, 3));
        assertThat(predictions.classifierScore()).isCloseTo(1, within(1e-12));
        assertThat(predictions.histogramEntropy()).isEqualTo(0.0);
    }

    @Test
    void rejectsLabelsThatDoNotFit() {
        ClassPredictions predictions = ClassPredictions.of(Tensor.full(0.5f, 2, 2));
        assertThatThrownBy(() -> predictions.accuracyAgainst(new int[] {0})).hasMessageContaining("1 labels for 2");
        assertThatThrownBy(() -> predictions.accuracyAgainst(new int[] {0, 7})).hasMessageContaining("is 7");
    }
}
