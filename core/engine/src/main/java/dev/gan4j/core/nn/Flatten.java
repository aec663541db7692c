package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/** Flattens every axis but the first: [N, d1, d2, ...] becomes [N, d1·d2·...]. Shares the values, no copy. */
public final class Flatten extends AbstractLayer {
    /** The flattening layer. */
    public Flatten() {
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() < 1) {
            throw new IllegalArgumentException("Flatten needs an input with a batch axis, but got a scalar.");
        }
        return input.reshape(input.dim(0), -1);
    }

    @Override
    public String toString() {
        return "Flatten";
    }
}
