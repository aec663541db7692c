package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A layer that takes several tensors, such as a conditional generator taking noise and a class
 * label. It is still a {@link Layer}, so optimisers, checkpoints and weight averages treat it like
 * any other; {@link #forward(Tensor)} accepts only a layer of one input.
 */
public interface MultiInputLayer extends Layer {
    /** How many tensors {@link #forward(List)} takes. */
    int inputCount();

    /** Applies the layer to its inputs, in the documented order; records the graph when gradients are recorded. */
    Tensor forward(List<Tensor> inputs);

    /** Applies a one-input layer; a layer of several inputs says how many it needs. */
    @Override
    default Tensor forward(Tensor input) {
        if (inputCount() != 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " takes " + inputCount()
                    + " inputs; call forward(List) with all of them.");
        }
        return forward(List.of(input));
    }
}
