package dev.gan4j.core.optim;

/**
 * A learning rate multiplied by {@code gamma} every {@code every} steps, like torch's StepLR:
 * {@code initial · gamma^⌊step / every⌋}.
 *
 * @param initial the rate of steps 0 to {@code every − 1}
 * @param every   how many steps each rate lasts, at least 1
 * @param gamma   the factor applied at each decay, in (0, 1]
 */
public record StepDecaySchedule(double initial, long every, double gamma) implements LearningRateSchedule {
    /** Checks the settings. */
    public StepDecaySchedule {
        ScheduleChecks.requireRate("step decay", initial);
        if (every < 1) {
            throw new IllegalArgumentException("A step decay schedule decays every k steps with k at least 1, "
                    + "but every was " + every + ".");
        }
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("The gamma of a step decay schedule must be in (0, 1], but was "
                    + gamma + "; 0.1 divides the rate by ten at each decay.");
        }
    }

    @Override
    public double learningRate(long step) {
        ScheduleChecks.requireStep(step);
        return initial * Math.pow(gamma, step / every);
    }
}
