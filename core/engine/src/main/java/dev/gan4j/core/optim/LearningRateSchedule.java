package dev.gan4j.core.optim;

/**
 * The learning rate for each optimiser step. Steps are counted from 0: {@code learningRate(0)} is
 * the rate of the first update. A schedule is a pure function of the step, so a resumed run gets
 * the same rates from the saved step count.
 */
@FunctionalInterface
public interface LearningRateSchedule {
    /** The learning rate of step {@code step} (0 for the first). */
    double learningRate(long step);

    /** The same rate at every step. */
    static LearningRateSchedule constant(double learningRate) {
        return new ConstantSchedule(learningRate);
    }

    /** {@code initial · gamma^⌊step / every⌋}: multiplied by {@code gamma} every {@code every} steps. */
    static LearningRateSchedule stepDecay(double initial, long every, double gamma) {
        return new StepDecaySchedule(initial, every, gamma);
    }

    /**
     * CycleGAN's schedule: {@code initial} for {@code hold} steps, then a straight line down to 0
     * over {@code decay} steps, and 0 after.
     */
    static LearningRateSchedule holdThenLinearDecay(double initial, long hold, long decay) {
        return new HoldThenLinearDecaySchedule(initial, hold, decay);
    }
}
