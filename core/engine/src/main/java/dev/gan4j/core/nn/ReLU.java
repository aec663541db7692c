package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/** max(x, 0), elementwise. */
public final class ReLU extends AbstractLayer {
    /** The rectifier. */
    public ReLU() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.relu();
    }

    @Override
    public String toString() {
        return "ReLU";
    }
}
