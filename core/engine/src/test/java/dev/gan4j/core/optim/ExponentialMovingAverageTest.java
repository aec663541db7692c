package dev.gan4j.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ExponentialMovingAverageTest {
    @Test
    void averageStartsAtTheValuesAndMovesByOneMinusDecay() {
        Tensor w = Tensor.of(new float[] {1, 2}, 2);
        ExponentialMovingAverage ema = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("w", w))).setDecay(0.75).build();
        assertThat(ema.average("w")).containsExactly(1, 2);

        w.data()[0] = 5;
        w.data()[1] = -2;
        ema.update();
        assertThat(ema.average("w")).containsExactly(2, 1);

        ema.update();
        assertThat(ema.average("w")).containsExactly(2.75f, 0.25f);
        assertThat(ema.updates()).isEqualTo(2);
    }

    @Test
    void warmupUsesASmallerDecayForTheFirstUpdates() {
        Tensor w = Tensor.of(new float[] {0}, 1);
        ExponentialMovingAverage ema = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("w", w))).setDecay(0.999).optWarmup(true).build();
        assertThat(ema.currentDecay()).isEqualTo(0.1);
        w.data()[0] = 10;
        ema.update();
        assertThat(ema.average("w")[0]).isCloseTo(9f, Offset.offset(1e-6f));
        assertThat(ema.currentDecay()).isCloseTo(2.0 / 11, Offset.offset(1e-15));
    }

    @Test
    void copyToWritesTheAveragesIntoTheTargetByName() {
        Tensor w = Tensor.of(new float[] {1, 2}, 2);
        Tensor b = Tensor.of(new float[] {3}, 1);
        ExponentialMovingAverage ema = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("w", w), new Parameter("b", b))).setDecay(0.5).build();
        w.data()[0] = 3;
        ema.update();
        Tensor tb = Tensor.zeros(1);
        Tensor tw = Tensor.zeros(2);
        ema.copyTo(List.of(new Parameter("b", tb), new Parameter("w", tw)));
        assertThat(tw.data()).containsExactly(2, 2);
        assertThat(tb.data()).containsExactly(3);
        assertThat(w.data()).containsExactly(3, 2);
    }

    @Test
    void copyToNamesAMissingTargetAndWritesNothing() {
        Tensor w = Tensor.of(new float[] {1, 2}, 2);
        Tensor b = Tensor.of(new float[] {3}, 1);
        ExponentialMovingAverage ema = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("w", w), new Parameter("b", b))).setDecay(0.5).build();
        Tensor tw = Tensor.zeros(2);
        assertThatThrownBy(() -> ema.copyTo(List.of(new Parameter("w", tw))))
                .hasMessageContaining("no \"b\"").hasMessageContaining("[w]");
        assertThat(tw.data()).containsExactly(0, 0);
    }

    @Test
    void copyToNamesAMisShapedTarget() {
        ExponentialMovingAverage ema = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("w", Tensor.zeros(2, 3)))).setDecay(0.5).build();
        assertThatThrownBy(() -> ema.copyTo(List.of(new Parameter("w", Tensor.zeros(3)))))
                .hasMessageContaining("\"w\" has shape [3], but the averaged one has shape [2, 3]");
    }

    @Test
    void restoredAverageContinuesBitForBit() {
        Tensor w = Tensor.of(new float[] {0.1f, -0.7f, 3f}, 3);
        ExponentialMovingAverage ema = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("g.w", w))).setDecay(0.99).optWarmup(true).build();
        for (int i = 0; i < 4; i++) {
            w.data()[i % 3] += 0.37f;
            ema.update();
        }
        Map<String, float[]> saved = ema.state();
        assertThat(saved.keySet()).containsExactlyInAnyOrder("step", "g.w.shadow");
        Tensor w2 = Tensor.of(w.toArray(), 3);
        ExponentialMovingAverage fresh = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("g.w", w2))).setDecay(0.99).optWarmup(true).build();
        fresh.restore(saved);
        for (int i = 0; i < 4; i++) {
            w.data()[i % 3] -= 0.11f;
            w2.data()[i % 3] -= 0.11f;
            ema.update();
            fresh.update();
        }
        assertThat(fresh.average("g.w")).isEqualTo(ema.average("g.w"));
        assertThat(fresh.updates()).isEqualTo(8);
    }

    @Test
    void restoreNamesAMisSizedShadow() {
        ExponentialMovingAverage ema = ExponentialMovingAverage.builder()
                .setParameters(List.of(new Parameter("w", Tensor.zeros(2)))).setDecay(0.5).build();
        Map<String, float[]> state = new HashMap<>(ema.state());
        state.put("w.shadow", new float[3]);
        assertThatThrownBy(() -> ema.restore(state)).hasMessageContaining("\"w.shadow\" has 3 values");
    }

    @Test
    void buildWithoutDecaySaysToCallSetDecay() {
        assertThatThrownBy(() -> ExponentialMovingAverage.builder().setParameters(List.of()).build())
                .hasMessageContaining("call setDecay(");
    }
}
