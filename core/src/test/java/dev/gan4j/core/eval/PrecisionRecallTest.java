package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class PrecisionRecallTest {
    /** Points 0, 1, ..., n-1 along the x axis, shifted by {@code x0}. */
    private static Tensor line(int n, float x0) {
        float[] v = new float[n * 2];
        for (int i = 0; i < n; i++) {
            v[i * 2] = x0 + i;
        }
        return Tensor.of(v, n, 2);
    }

    @Test
    void identicalSetsHaveFullPrecisionAndRecall() {
        PrecisionRecall.Result r = PrecisionRecall.standard().evaluate(line(50, 0), line(50, 0));
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.k()).isEqualTo(3);
    }

    @Test
    void samplesHalfFarAwayHaveHalfPrecision() {
        Tensor real = line(40, 0);
        Tensor generated = Tensor.concat(0, line(20, 0), line(20, 1000));
        PrecisionRecall.Result r = PrecisionRecall.standard().evaluate(real, generated);
        assertThat(r.precision()).isCloseTo(0.5, within(1e-12));
        // generated points 0..19 (radius 3 within their own line) reach real points 0..22
        assertThat(r.recall()).isCloseTo(23 / 40.0, within(1e-12));
    }

    @Test
    void collapsedSamplesAreRealisticButRecallLittle() {
        Tensor real = line(100, 0);
        float[] one = new float[100 * 2];
        for (int i = 0; i < 100; i++) {
            one[i * 2] = 50;
        }
        PrecisionRecall.Result r = PrecisionRecall.standard().evaluate(real, Tensor.of(one, 100, 2));
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void rejectsFewerSamplesThanNeighbours() {
        assertThatThrownBy(() -> PrecisionRecall.standard().evaluate(line(10, 0), line(3, 0)))
                .hasMessageContaining("k = 3").hasMessageContaining("generated").hasMessageContaining("there are 3");
    }
}
