package dev.gan4j.core.train;

/**
 * Training produced a NaN or infinite loss or metric and was stopped; the message names the step,
 * the phase, the value and the last good checkpoint.
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long step;

    /** Training diverged at {@code step}; {@code message} says how. */
    public TrainingDivergedException(long step, String message) {
        super(message);
        this.step = step;
    }

    /** The step whose figures were not finite. */
    public long step() {
        return step;
    }
}
