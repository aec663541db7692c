package dev.gan4j.core.train;

/**
 * Where the gradients of an optimiser step come from, when not from this machine. The trainer
 * zeroes the phase's gradients, asks the source to fill them, then clips them, sets the scheduled
 * learning rate, steps the optimiser, calls the phase's {@code afterStep} and updates the moving
 * average exactly as it does for gradients it computed itself. Without a source the trainer
 * computes the phase's loss on the next batch here and backpropagates; synchronous data-parallel
 * training (Spark's exact mode) gives a source that sums the gradients of workers.
 */
@FunctionalInterface
public interface GradientSource {
    /**
     * Fills the gradients of {@code step.parameters()} for one step, leaving {@code step.data()} and
     * {@code step.noise()} where computing the step on this machine would have left them.
     *
     * @return the loss and metrics of the step's batch, and the parameters filled
     */
    PhaseGradients fill(PhaseStep step);
}
