package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.ConvOps;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * 2-D transposed convolution with a square kernel, as in PyTorch: weight [Cin, Cout, k, k],
 * optional bias [Cout]; an [N, Cin, H, W] input gives [N, Cout, (H − 1)·s − 2p + k + op, ...],
 * where op is the output padding (smaller than the stride). It is the adjoint of the
 * convolution with the same weight, stride and padding, so it upsamples by the stride.
 */
public final class ConvTranspose2d extends AbstractLayer implements WeightedLayer {
    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int outputPadding;
    private final Tensor weight;
    private final Tensor bias;

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
        if (inChannels <= 0 || outChannels <= 0 || kernel <= 0 || stride <= 0 || padding < 0) {
            throw new IllegalArgumentException("ConvTranspose2d needs positive channels, kernel and stride and a "
                    + "non-negative padding, but got in " + inChannels + ", out " + outChannels + ", kernel " + kernel
                    + ", stride " + stride + ", padding " + padding + ".");
        }
        if (outputPadding < 0 || outputPadding >= stride) {
            throw new IllegalArgumentException("The output padding of ConvTranspose2d must be at least 0 and smaller "
                    + "than the stride " + stride + ", but was " + outputPadding + ".");
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
        this.weight = Tensor.zeros(inChannels, outChannels, kernel, kernel);
        Init.pytorchDefaultWeight().fill(weight, rng);
        weight.requiresGrad(true);
        if (bias) {
            this.bias = Tensor.zeros(outChannels);
            Init.pytorchDefaultBias(weight.shape()).fill(this.bias, rng);
            this.bias.requiresGrad(true);
        } else {
            this.bias = null;
        }
    }

    @Override
    public Tensor forward(Tensor input, Tensor w) {
        if (input.rank() != 4 || input.dim(1) != inChannels) {
            throw new IllegalArgumentException(this + " needs an input of shape [N, " + inChannels
                    + ", H, W], but got " + input.shape() + ".");
        }
        Tensor out = ConvOps.convTranspose2d(input, w, stride, stride, padding, padding, outputPadding, outputPadding);
        return bias == null ? out : out.add(bias.reshape(1, outChannels, 1, 1));
    }

    @Override
    public Tensor weight() {
        return weight;
    }

    @Override
    public Tensor bias() {
        return bias;
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

    /** "weight" [Cin, Cout, k, k], then "bias" [Cout] when present. */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> params = new ArrayList<>(2);
        params.add(new Parameter("weight", weight));
        if (bias != null) {
            params.add(new Parameter("bias", bias));
        }
        return params;
    }

    @Override
    public String toString() {
        return "ConvTranspose2d(" + inChannels + ", " + outChannels + ", kernel " + kernel + ", stride " + stride
                + ", padding " + padding + (outputPadding != 0 ? ", output padding " + outputPadding : "")
                + (bias == null ? ", bias=false" : "") + ")";
    }
}
