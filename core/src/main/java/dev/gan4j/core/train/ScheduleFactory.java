package dev.gan4j.core.train;

import dev.gan4j.core.config.ScheduleConfig;
import dev.gan4j.core.optim.LearningRateSchedule;
import java.util.List;

/**
 * Turns a {@link ScheduleConfig} into a {@link LearningRateSchedule} over training iterations:
 * {@code "constant"}; {@code "step"}, the rate multiplied by {@code gamma} every {@code every}
 * iterations; {@code "linear-decay"}, the rate held for {@code hold} iterations and then falling
 * in a straight line, reaching zero just after the last iteration (CycleGAN's rule). A span given
 * as a fraction is that fraction of the run's {@code steps} ({@link ScheduleConfig#holdSteps}). The step a
 * schedule sees is the iteration number (0 for the first), so every repeat of a phase within an
 * iteration trains at the same rate.
 */
public final class ScheduleFactory {
    /** The schedule types a config may name. */
    public static final List<String> KNOWN_TYPES = List.of("constant", "step", "linear-decay");

    private ScheduleFactory() {
    }

    /**
     * The schedule for an optimiser whose configured rate is {@code initial}, in a run of
     * {@code steps} iterations.
     *
     * @throws IllegalArgumentException naming the field when the type is unknown or a setting is out of range
     */
    public static LearningRateSchedule create(ScheduleConfig config, double initial, int steps) {
        try {
            return switch (config.type()) {
                case "constant" -> LearningRateSchedule.constant(initial);
                case "step" -> LearningRateSchedule.stepDecay(initial, config.everySteps(steps), config.gamma());
                case "linear-decay" -> {
                    int hold = config.holdSteps(steps);
                    if (hold >= steps) {
                        throw new IllegalArgumentException("training.schedule.hold is " + describe(config.hold(), hold)
                                + ", but a linear decay must hold for 0 to " + (steps - 1) + " iterations (fewer "
                                + "than training.steps, " + steps + "); give the hold as a fraction of the run"
                                + " (\"hold\": 0.4) so it fits any --steps.");
                    }
                    yield LearningRateSchedule.holdThenLinearDecay(initial, hold, steps - hold);
                }
                default -> throw new IllegalArgumentException("training.schedule.type is \"" + config.type()
                        + "\", which is not a known schedule; the known types are " + KNOWN_TYPES + ".");
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("training.schedule")) {
                throw e;
            }
            throw new IllegalArgumentException("training.schedule does not make a valid \"" + config.type()
                    + "\" schedule: " + e.getMessage(), e);
        }
    }

    private static String describe(double span, int steps) {
        return ScheduleConfig.isFraction(span) ? span + " of the run (" + steps + " steps)" : Integer.toString(steps);
    }
}
