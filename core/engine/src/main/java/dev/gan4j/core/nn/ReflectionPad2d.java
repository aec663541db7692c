package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.SpatialOps;
import dev.gan4j.core.tensor.Tensor;

/**
 * Pads [N, C, H, W] images by mirroring them at the edges (the edge row is not repeated), as
 * CycleGAN does before its convolutions to avoid the border artefacts of zero padding.
 */
public final class ReflectionPad2d extends AbstractLayer {
    private final int left;
    private final int right;
    private final int top;
    private final int bottom;

    /** The same padding on all four sides. */
    public ReflectionPad2d(int padding) {
        this(padding, padding, padding, padding);
    }

    /** Padding per side, in PyTorch's order: left, right, top, bottom. */
    public ReflectionPad2d(int left, int right, int top, int bottom) {
        if (left < 0 || right < 0 || top < 0 || bottom < 0) {
            throw new IllegalArgumentException("Reflection padding must be non-negative, but got (left " + left
                    + ", right " + right + ", top " + top + ", bottom " + bottom + ").");
        }
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    @Override
    public Tensor forward(Tensor input) {
        return SpatialOps.reflectionPad2d(input, left, right, top, bottom);
    }

    /** The padding as {left, right, top, bottom}. */
    public int[] padding() {
        return new int[] {left, right, top, bottom};
    }

    @Override
    public String toString() {
        return "ReflectionPad2d(" + left + ", " + right + ", " + top + ", " + bottom + ")";
    }
}
