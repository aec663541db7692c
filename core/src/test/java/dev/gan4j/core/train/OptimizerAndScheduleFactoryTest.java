package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.config.OptimizerConfig;
import dev.gan4j.core.config.ScheduleConfig;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.LearningRateSchedule;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.optim.RmsProp;
import dev.gan4j.core.optim.Sgd;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Config names to optimisers and schedules, with messages that list the known names. */
class OptimizerAndScheduleFactoryTest {
    private static final List<Parameter> PARAMS = List.of(new Parameter("w", Tensor.zeros(2).requiresGrad(true)));

    private static OptimizerConfig named(String type) {
        return new OptimizerConfig(type, 0.01, null, null, 0.9, null, null);
    }

    @Test
    void eachKnownTypeBuildsItsOptimiserWithTheConfiguredRate() {
        assertThat(OptimizerFactory.create("g", named("adam"), PARAMS)).isInstanceOf(Adam.class);
        assertThat(OptimizerFactory.create("g", new OptimizerConfig("adamw", 0.01, null, null, null, 0.1, null), PARAMS)
                .toString()).contains("weightDecay=0.1 DECOUPLED");
        assertThat(OptimizerFactory.create("g", new OptimizerConfig("adam", 0.01, null, null, null, 0.1, null), PARAMS)
                .toString()).contains("weightDecay=0.1 L2");
        assertThat(OptimizerFactory.create("g", named("sgd"), PARAMS)).isInstanceOf(Sgd.class);
        Optimizer rms = OptimizerFactory.create("g", named("rmsprop"), PARAMS);
        assertThat(rms).isInstanceOf(RmsProp.class);
        assertThat(rms.learningRate()).isEqualTo(0.01);
    }

    @Test
    void defaultsGiveAdamWithTheDcganBetas() {
        assertThat(OptimizerFactory.create("g", OptimizerConfig.defaults(), PARAMS).toString())
                .isEqualTo("Adam(lr=2.0E-4, betas=(0.5, 0.999), eps=1.0E-8)");
    }

    @Test
    void unknownOptimiserListsTheKnownOnes() {
        assertThatThrownBy(() -> OptimizerFactory.create("generator", named("adagrad"), PARAMS))
                .hasMessage("training.optimizers.generator.type is \"adagrad\", which is not a known optimiser; the "
                        + "known types are [adam, adamw, sgd, rmsprop].");
    }

    @Test
    void invalidSettingNamesTheField() {
        assertThatThrownBy(() -> OptimizerFactory.create("discriminator",
                new OptimizerConfig("adam", 1e-3, 1.5, null, null, null, null), PARAMS))
                .hasMessageStartingWith("training.optimizers.discriminator does not make a valid adam optimiser: "
                        + "The beta1 of Adam must be in [0, 1), but was 1.5");
    }

    @Test
    void schedulesFollowTheirConfig() {
        assertThat(ScheduleFactory.create(ScheduleConfig.constant(), 0.1, 10).learningRate(9)).isEqualTo(0.1);
        LearningRateSchedule step = ScheduleFactory.create(new ScheduleConfig("step", 4, 0.5, 0), 0.1, 10);
        assertThat(step.learningRate(3)).isEqualTo(0.1);
        assertThat(step.learningRate(4)).isEqualTo(0.05);
        LearningRateSchedule linear = ScheduleFactory.create(new ScheduleConfig("linear-decay", 0, 0, 6), 0.1, 10);
        assertThat(linear.learningRate(5)).isEqualTo(0.1);
        assertThat(linear.learningRate(8)).isEqualTo(0.05);
        assertThat(linear.learningRate(9)).isEqualTo(0.025);
    }

    @Test
    void unknownScheduleListsTheKnownOnes() {
        assertThatThrownBy(() -> ScheduleFactory.create(new ScheduleConfig("cosine", 0, 0, 0), 0.1, 10))
                .hasMessage("training.schedule.type is \"cosine\", which is not a known schedule; the known types are "
                        + "[constant, step, linear-decay].");
    }

    @Test
    void linearDecayHoldingForTheWholeRunIsRefused() {
        assertThatThrownBy(() -> ScheduleFactory.create(new ScheduleConfig("linear-decay", 0, 0, 10), 0.1, 10))
                .hasMessage("training.schedule.hold is 10, but a linear decay must hold for 0 to 9 iterations (fewer "
                        + "than training.steps, 10); give the hold as a fraction of the run (\"hold\": 0.4) so it fits"
                        + " any --steps.");
    }

    @Test
    void holdGivenAsAFractionStretchesWithTheRun() {
        ScheduleConfig half = new ScheduleConfig("linear-decay", 0, 0, 0.5);
        LearningRateSchedule short10 = ScheduleFactory.create(half, 0.1, 10);
        LearningRateSchedule long100 = ScheduleFactory.create(half, 0.1, 100);
        assertThat(short10.learningRate(4)).isEqualTo(0.1);
        assertThat(short10.learningRate(6)).isLessThan(0.1);
        assertThat(long100.learningRate(49)).isEqualTo(0.1);
        assertThat(long100.learningRate(51)).isLessThan(0.1);
        assertThat(half.holdSteps(300)).isEqualTo(150);
    }

    @Test
    void stepEveryGivenAsAFractionStretchesWithTheRun() {
        LearningRateSchedule step = ScheduleFactory.create(new ScheduleConfig("step", 0.25, 0.5, 0), 0.1, 40);
        assertThat(step.learningRate(9)).isEqualTo(0.1);
        assertThat(step.learningRate(10)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void spanThatIsNeitherAFractionNorAWholeNumberIsRefused() {
        assertThatThrownBy(() -> new ScheduleConfig("linear-decay", 0, 0, 2.5))
                .hasMessage("training.schedule.hold is 2.5, but it must be a fraction of the run between 0 and 1 (0.5 is"
                        + " half of training.steps) or a whole number of steps.");
        assertThatThrownBy(() -> new ScheduleConfig("step", -1, 0.5, 0)).hasMessageContaining("training.schedule.every");
    }

    @Test
    void stepScheduleWithoutEveryNamesTheField() {
        assertThatThrownBy(() -> ScheduleFactory.create(new ScheduleConfig("step", 0, 0.5, 0), 0.1, 10))
                .hasMessageStartingWith("training.schedule does not make a valid \"step\" schedule: ");
    }
}
