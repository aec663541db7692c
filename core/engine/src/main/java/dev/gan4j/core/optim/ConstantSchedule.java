package dev.gan4j.core.optim;

/**
 * The same learning rate at every step.
 *
 * @param learningRate the rate, finite and zero or more
 */
public record ConstantSchedule(double learningRate) implements LearningRateSchedule {
    /** Checks the rate. */
    public ConstantSchedule {
        ScheduleChecks.requireRate("constant", learningRate);
    }

    @Override
    public double learningRate(long step) {
        ScheduleChecks.requireStep(step);
        return learningRate;
    }
}
