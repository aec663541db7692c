package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/** Ops that draw random numbers; each takes its {@link Rng} explicitly, so runs stay reproducible. */
public final class RandomOps {
    private RandomOps() {
    }

    /**
     * Inverted dropout: zeroes each element with probability {@code p} and scales the rest by
     * 1/(1 − p), so the expected value is unchanged. The mask is a constant, so the gradient is
     * the same mask.
     */
    public static Tensor dropout(Tensor x, float p, Rng rng) {
        if (!(p >= 0f && p < 1f)) {
            throw new IllegalArgumentException("The dropout probability must be in [0, 1), but was " + p + ".");
        }
        if (p == 0f) {
            return x;
        }
        float keep = 1f / (1f - p);
        float[] mask = new float[x.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = rng.nextFloat() >= p ? keep : 0f;
        }
        return x.mul(Tensor.of(mask, x.shape()));
    }
}
