package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/**
 * The logistic sigmoid, elementwise. A discriminator trained with {@link Losses#bceWithLogits}
 * should end without it: that loss takes logits and is stable where sigmoid then log is not.
 */
public final class Sigmoid extends AbstractLayer {
    /** The logistic sigmoid. */
    public Sigmoid() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.sigmoid();
    }

    @Override
    public String toString() {
        return "Sigmoid";
    }
}
