package dev.gan4j.core.spi;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.tensor.Rng;
import java.util.List;

/**
 * One optimisation phase of a {@link GanSystem}: which networks it updates and the loss it
 * minimises. The trainer runs it {@link #repeats()} times per iteration: zero the gradients,
 * compute the loss on a fresh batch, backpropagate, step this phase's optimiser, then call
 * {@link #afterStep()}.
 *
 * <p>A phase names networks, not parameters: the trainer takes the parameters from the system's
 * {@link GanSystem#networks()} and names them there, once ({@link SystemParameters}), so a
 * parameter shared by two networks is updated once and stored once. {@link LossPhase} builds a
 * phase from its parts.
 */
public interface Phase {
    /** The phase's name ({@code "discriminator"}, {@code "generator"}); configs key optimisers by it. */
    String name();

    /**
     * The networks this phase updates, by their names in {@link GanSystem#networks()}; no other
     * network's parameters change in its step (a parameter shared with another network does).
     */
    List<String> networks();

    /** How many times the phase runs per iteration (n critic steps per generator step). */
    int repeats();

    /**
     * Computes this phase's loss on a batch, recording the graph.
     *
     * @param batch real data
     * @param noise the run's noise generator (one split of the root seed)
     * @return the loss to minimise and the scalar figures to log
     */
    PhaseLoss loss(Batch batch, Rng noise);

    /**
     * Called by the trainer right after each optimiser step of this phase, before the next
     * phase runs: the Wasserstein objective clips the critic's weights here. Does nothing by
     * default.
     */
    default void afterStep() {
    }
}
