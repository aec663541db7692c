package dev.gan4j.core.nn;

import java.util.List;

/**
 * The training-mode flag every layer keeps, and an empty parameter list, for layers to extend.
 * Containers override {@link #train(boolean)} to pass the mode on to their children.
 */
public abstract class AbstractLayer implements Layer {
    private boolean training = true;

    /** No trainable tensors; layers with weights override this. */
    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    /** Sets the mode of this layer; containers also set their children's. */
    @Override
    public void train(boolean training) {
        this.training = training;
    }

    /** Whether the layer is in training mode (the default when built). */
    @Override
    public boolean isTraining() {
        return training;
    }
}
