package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.SpatialOps;
import dev.gan4j.core.tensor.Tensor;

/** Nearest-neighbour upsampling of [N, C, H, W] images by a whole factor: each pixel becomes a factor×factor block. */
public final class Upsample extends AbstractLayer {
    private final int factor;

    /** Upsampling by {@code factor} (1 or more) in both directions. */
    public Upsample(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("The upsampling factor must be 1 or more, but was " + factor + ".");
        }
        this.factor = factor;
    }

    @Override
    public Tensor forward(Tensor input) {
        return SpatialOps.upsampleNearest2d(input, factor);
    }

    /** The scale factor. */
    public int factor() {
        return factor;
    }

    @Override
    public String toString() {
        return "Upsample(nearest, " + factor + ")";
    }
}
