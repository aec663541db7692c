package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.RandomOps;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * Inverted dropout: in training mode each element is zeroed with probability p and the rest are
 * scaled by 1/(1 − p); in evaluation mode the layer is the identity. The masks are drawn from the
 * layer's own generator, so a run is reproducible from its seed.
 */
public final class Dropout extends AbstractLayer {
    private final float p;
    private final Rng rng;

    /** Dropout with probability {@code p} in [0, 1), drawing its masks from {@code rng}. */
    public Dropout(float p, Rng rng) {
        if (!(p >= 0f && p < 1f)) {
            throw new IllegalArgumentException("The dropout probability must be in [0, 1), but was " + p + ".");
        }
        this.p = p;
        this.rng = rng;
    }

    @Override
    public Tensor forward(Tensor input) {
        return isTraining() ? RandomOps.dropout(input, p, rng) : input;
    }

    /** The probability of zeroing an element. */
    public float probability() {
        return p;
    }

    @Override
    public String toString() {
        return "Dropout(" + p + ")";
    }
}
