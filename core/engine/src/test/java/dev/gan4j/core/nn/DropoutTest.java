package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class DropoutTest {

    @Test
    void trainingModeZeroesAboutPAndScalesTheRest() {
        Dropout dropout = new Dropout(0.3f, new Rng(1));
        float[] y = dropout.forward(Tensor.ones(100_000)).data();
        int zeros = 0;
        for (float v : y) {
            if (v == 0f) {
                zeros++;
            } else {
                assertThat(v).isCloseTo(1f / 0.7f, within(1e-6f));
            }
        }
        assertThat(zeros / 100_000.0).isCloseTo(0.3, within(0.01));
    }

    @Test
    void evaluationModeIsTheIdentity() {
        Dropout dropout = new Dropout(0.5f, new Rng(2));
        dropout.train(false);
        Tensor x = Tensor.randn(new Rng(3), 4, 5);
        assertThat(dropout.forward(x).toArray()).containsExactly(x.toArray());
        assertThat(dropout.isTraining()).isFalse();
    }

    @Test
    void theSameSeedDrawsTheSameMasks() {
        Tensor x = Tensor.ones(64);
        float[] a = new Dropout(0.5f, new Rng(9)).forward(x).toArray();
        float[] b = new Dropout(0.5f, new Rng(9)).forward(x).toArray();
        float[] c = new Dropout(0.5f, new Rng(10)).forward(x).toArray();
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void rejectsAProbabilityOfOne() {
        assertThatThrownBy(() -> new Dropout(1f, new Rng(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)");
    }
}
