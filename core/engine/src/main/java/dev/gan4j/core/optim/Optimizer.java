package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import java.util.List;
import java.util.Map;

/**
 * Updates a fixed list of parameters from their accumulated gradients.
 *
 * <p>The state (moment estimates, step count) is readable and restorable by parameter name, so a
 * checkpoint holds it and a resumed run continues exactly.
 */
public interface Optimizer {
    /** The parameters this optimiser updates. */
    List<Parameter> parameters();

    /** Applies one update from the parameters' gradients; parameters without a gradient are left alone. */
    void step();

    /** Clears the gradients of all its parameters. */
    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.tensor().zeroGrad();
        }
    }

    /** The current learning rate. */
    double learningRate();

    /** Sets the learning rate (schedules call this before each step). */
    void setLearningRate(double learningRate);

    /**
     * A copy of the state: named float arrays ({@code "<param>.exp_avg"}, ...), each parameter's
     * update count under {@code "<param>.step"}, and the optimiser's step count under {@code "step"}.
     */
    Map<String, float[]> state();

    /** Restores a state returned by {@link #state()}; fails with a message naming a missing or mis-sized entry. */
    void restore(Map<String, float[]> state);
}
