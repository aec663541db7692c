package dev.gan4j.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {
    @Test
    void constantScheduleGivesTheSameRateAtEveryStep() {
        LearningRateSchedule s = LearningRateSchedule.constant(2e-4);
        assertThat(s.learningRate(0)).isEqualTo(2e-4);
        assertThat(s.learningRate(1_000_000)).isEqualTo(2e-4);
    }

    @Test
    void stepDecayMultipliesByGammaEveryKSteps() {
        LearningRateSchedule s = LearningRateSchedule.stepDecay(1.0, 3, 0.5);
        assertThat(new double[] {s.learningRate(0), s.learningRate(2), s.learningRate(3), s.learningRate(5),
                s.learningRate(6), s.learningRate(9)}).containsExactly(1.0, 1.0, 0.5, 0.5, 0.25, 0.125);
    }

    @Test
    void holdThenLinearDecayHoldsThenFallsToZero() {
        LearningRateSchedule s = LearningRateSchedule.holdThenLinearDecay(2e-4, 100, 4);
        assertThat(s.learningRate(0)).isEqualTo(2e-4);
        assertThat(s.learningRate(99)).isEqualTo(2e-4);
        assertThat(s.learningRate(100)).isEqualTo(2e-4);
        assertThat(s.learningRate(101)).isCloseTo(1.5e-4, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(s.learningRate(102)).isCloseTo(1e-4, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(s.learningRate(103)).isCloseTo(0.5e-4, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(s.learningRate(104)).isZero();
        assertThat(s.learningRate(5000)).isZero();
    }

    @Test
    void schedulesRejectNegativeSteps() {
        assertThatThrownBy(() -> LearningRateSchedule.constant(1).learningRate(-1))
                .hasMessageContaining("step -1");
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> LearningRateSchedule.stepDecay(1, 0, 0.5)).hasMessageContaining("every was 0");
        assertThatThrownBy(() -> LearningRateSchedule.stepDecay(1, 10, 1.5)).hasMessageContaining("was 1.5");
        assertThatThrownBy(() -> LearningRateSchedule.holdThenLinearDecay(1, 10, 0))
                .hasMessageContaining("but was 0");
        assertThatThrownBy(() -> LearningRateSchedule.constant(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void schedulerSetsTheOptimizersRateForTheStep() {
        Sgd sgd = Sgd.builder().setParameters(List.of(new Parameter("w", Tensor.zeros(1)))).setLearningRate(1)
                .build();
        LearningRateScheduler scheduler = new LearningRateScheduler(sgd,
                LearningRateSchedule.holdThenLinearDecay(0.2, 1, 2));
        assertThat(scheduler.apply(0)).isEqualTo(0.2);
        assertThat(sgd.learningRate()).isEqualTo(0.2);
        scheduler.apply(2);
        assertThat(sgd.learningRate()).isEqualTo(0.1);
        scheduler.apply(3);
        assertThat(sgd.learningRate()).isZero();
    }
}
