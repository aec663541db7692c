package dev.gan4j.core.optim;

import java.util.Objects;

/**
 * Applies a {@link LearningRateSchedule} to an optimiser: call {@link #apply(long)} before each
 * {@code step()} with the number of the step about to be taken. It keeps no count of its own, so
 * a resumed run only needs its saved step number.
 */
public final class LearningRateScheduler {
    private final Optimizer optimizer;
    private final LearningRateSchedule schedule;

    /** A scheduler that sets {@code optimizer}'s rate from {@code schedule}. */
    public LearningRateScheduler(Optimizer optimizer, LearningRateSchedule schedule) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Sets the optimiser's learning rate to the schedule's rate for step {@code step} (0 for the
     * first update).
     *
     * @return the rate set
     */
    public double apply(long step) {
        double rate = schedule.learningRate(step);
        optimizer.setLearningRate(rate);
        return rate;
    }

    /** The optimiser whose rate this sets. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The schedule. */
    public LearningRateSchedule schedule() {
        return schedule;
    }
}
