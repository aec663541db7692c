package dev.gan4j.core.optim;

/**
 * CycleGAN's schedule: a constant rate for {@code hold} steps, then a straight line to zero over
 * {@code decay} steps. Step {@code hold + k} (0 ≤ k ≤ decay) has rate
 * {@code initial · (1 − k / decay)}, so the last decaying step trains at {@code initial / decay}
 * and step {@code hold + decay} and later at 0.
 *
 * @param initial the rate while holding
 * @param hold    how many steps keep the initial rate, zero or more
 * @param decay   how many steps the decay to zero takes, at least 1
 */
public record HoldThenLinearDecaySchedule(double initial, long hold, long decay) implements LearningRateSchedule {
    /** Checks the settings. */
    public HoldThenLinearDecaySchedule {
        ScheduleChecks.requireRate("hold-then-linear-decay", initial);
        if (hold < 0) {
            throw new IllegalArgumentException("The hold of a hold-then-linear-decay schedule is a number of steps, "
                    + "zero or more, but was " + hold + ".");
        }
        if (decay < 1) {
            throw new IllegalArgumentException("The decay of a hold-then-linear-decay schedule is the number of "
                    + "steps to reach zero, at least 1, but was " + decay + ".");
        }
    }

    @Override
    public double learningRate(long step) {
        ScheduleChecks.requireStep(step);
        if (step < hold) {
            return initial;
        }
        long into = step - hold;
        return into >= decay ? 0.0 : initial * (1.0 - (double) into / decay);
    }
}
