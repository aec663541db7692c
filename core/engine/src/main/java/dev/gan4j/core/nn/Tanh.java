package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/** The hyperbolic tangent, elementwise: the usual last layer of an image generator (output in [-1, 1]). */
public final class Tanh extends AbstractLayer {
    /** The hyperbolic tangent. */
    public Tanh() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.tanh();
    }

    @Override
    public String toString() {
        return "Tanh";
    }
}
