package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.ConvOps;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * 2-D convolution (cross-correlation, as in PyTorch) of an [N, C, H, W] input with a square
 * kernel: weight [O, C, k, k], symmetric zero padding, optional bias [O]. The output is
 * [N, O, (H + 2p − k)/s + 1, (W + 2p − k)/s + 1].
 */
public final class Conv2d extends AbstractWeightedLayer {
    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;

    /** A convolution with a bias, initialised as PyTorch does. */
    public Conv2d(int inChannels, int outChannels, int kernel, int stride, int padding, Rng rng) {
        this(inChannels, outChannels, kernel, stride, padding, true, rng);
    }

    /**
     * A convolution initialised as PyTorch does: weight from {@link Init#pytorchDefaultWeight()},
     * then bias (when {@code bias}) from {@link Init#pytorchDefaultBias}, drawn from {@code rng}
     * in that order.
     */
    public Conv2d(int inChannels, int outChannels, int kernel, int stride, int padding, boolean bias, Rng rng) {
        super(weightDims(inChannels, outChannels, kernel, stride, padding), outChannels, bias, rng);
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
    }

    @Override
    public Tensor forward(Tensor input, Tensor w) {
        requireImageInput(input, inChannels);
        return addChannelBias(ConvOps.conv2d(input, w, stride, stride, padding, padding));
    }

    /** [O, C, k, k], after checking the sizes. */
    private static int[] weightDims(int inChannels, int outChannels, int kernel, int stride, int padding) {
        requireConvolutionSizes("Conv2d", inChannels, outChannels, kernel, stride, padding);
        return new int[] {outChannels, inChannels, kernel, kernel};
    }

    @Override
    public int outputAxis() {
        return 0;
    }

    /** The kernel's height and width. */
    public int kernel() {
        return kernel;
    }

    /** The stride in both directions. */
    public int stride() {
        return stride;
    }

    /** The zero padding on each side. */
    public int padding() {
        return padding;
    }

    @Override
    public String toString() {
        return "Conv2d(" + inChannels + ", " + outChannels + ", kernel " + kernel + ", stride " + stride
                + ", padding " + padding + (bias() == null ? ", bias=false" : "") + ")";
    }
}
