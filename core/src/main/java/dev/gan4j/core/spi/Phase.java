package dev.gan4j.core.spi;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import java.util.List;

/**
 * One optimisation phase of a {@link GanSystem}: which parameters it updates and the loss it
 * minimises. The trainer runs it {@link #repeats()} times per iteration: zero the gradients,
 * compute the loss on a fresh batch, backpropagate, step this phase's optimiser, then call
 * {@link #afterStep()}.
 */
public interface Phase {
    /** The phase's name ({@code "discriminator"}, {@code "generator"}); configs key optimisers by it. */
    String name();

    /** The parameters this phase updates; no other phase's parameters change in its step. */
    List<Parameter> parameters();

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
