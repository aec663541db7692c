package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A differentiable function with parameters: the building block of generators, discriminators
 * and encoders. (Named Layer, never Module: Guice, Jackson and the JDK already own Module.)
 *
 * <p>A layer is in training mode when built; {@link #train(boolean)} switches it (and its
 * children) between training and evaluation, which matters to batch norm and dropout.
 */
public interface Layer {
    /** Applies the layer; records the graph when gradients are being recorded. */
    Tensor forward(Tensor input);

    /** The trainable tensors, with stable names, in a fixed order. */
    List<Parameter> parameters();

    /** Non-trainable state that belongs in a checkpoint (running statistics), with stable names. */
    default List<Parameter> buffers() {
        return List.of();
    }

    /** Switches training mode (true) or evaluation mode (false), for this layer and its children. */
    default void train(boolean training) {
    }

    /** Whether the layer is in training mode. */
    default boolean isTraining() {
        return true;
    }
}
