package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.ConvOps;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * 2-D transposed convolution with a square kernel, as in PyTorch: weight [Cin, Cout, k, k],
 * optional bias [Cout]; an [N, Cin, H, W] input gives [N, Cout, (H − 1)·s − 2p + k + op, ...],
 * where op is the output padding (smaller than the stride). It is the adjoint of the
 * convolution with the same weight, stride and padding, so it upsamples by the stride.
 */
public final class ConvTranspose2d extends AbstractWeightedLayer {
    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int outputPadding;

    /** A transposed convolution with a bias and no output padding, initialised as PyTorch does. */
    public ConvTranspose2d(int inChannels, int outChannels, int kernel, int stride, int padding, Rng rng) {
        this(inChannels, outChannels, kernel, stride, padding, 0, true, rng);
    }

    /**
     * A transposed convolution initialised as PyTorch does: weight from
     * {@link Init#pytorchDefaultWeight()} (whose fan-in is Cout·k·k for this weight layout, as in
     * PyTorch), then bias (when {@code bias}) from {@link Init#pytorchDefaultBias}, drawn from
     * {@code rng} in that order.
     */
    public ConvTranspose2d(int inChannels, int outChannels, int kernel, int stride, int padding, int outputPadding,
                           boolean bias, Rng rng) {
        super(weightDims(inChannels, outChannels, kernel, stride, padding, outputPadding), outChannels, bias, rng);
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
    }

    @Override
    public Tensor forward(Tensor input, Tensor w) {
        requireImageInput(input, inChannels);
        return addChannelBias(
                ConvOps.convTranspose2d(input, w, stride, stride, padding, padding, outputPadding, outputPadding));
    }

    /** [Cin, Cout, k, k], after checking the sizes and the output padding. */
    private static int[] weightDims(int inChannels, int outChannels, int kernel, int stride, int padding,
                                    int outputPadding) {
        requireConvolutionSizes("ConvTranspose2d", inChannels, outChannels, kernel, stride, padding);
        if (outputPadding < 0 || outputPadding >= stride) {
            throw new IllegalArgumentException("The output padding of ConvTranspose2d must be at least 0 and smaller "
                    + "than the stride " + stride + ", but was " + outputPadding + ".");
        }
        return new int[] {inChannels, outChannels, kernel, kernel};
    }

    /** 1: the weight is [Cin, Cout, k, k], so output channels are its second axis. */
    @Override
    public int outputAxis() {
        return 1;
    }

    /** The kernel's height and width. */
    public int kernel() {
        return kernel;
    }

    /** The stride in both directions (the upsampling factor). */
    public int stride() {
        return stride;
    }

    /** The padding removed from each side of the full transposed convolution. */
    public int padding() {
        return padding;
    }

    /** The extra rows and columns added at the bottom and right of the output. */
    public int outputPadding() {
        return outputPadding;
    }

    @Override
    public String toString() {
        return "ConvTranspose2d(" + inChannels + ", " + outChannels + ", kernel " + kernel + ", stride " + stride
                + ", padding " + padding + (outputPadding != 0 ? ", output padding " + outputPadding : "")
                + (bias() == null ? ", bias=false" : "") + ")";
    }
}
