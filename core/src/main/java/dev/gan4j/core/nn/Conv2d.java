package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.ConvOps;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * 2-D convolution (cross-correlation, as in PyTorch) of an [N, C, H, W] input with a square
 * kernel: weight [O, C, k, k], symmetric zero padding, optional bias [O]. The output is
 * [N, O, (H + 2p − k)/s + 1, (W + 2p − k)/s + 1].
 */
public final class Conv2d extends AbstractLayer implements WeightedLayer {
    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final Tensor weight;
    private final Tensor bias;

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
        if (inChannels <= 0 || outChannels <= 0 || kernel <= 0 || stride <= 0 || padding < 0) {
            throw new IllegalArgumentException("Conv2d needs positive channels, kernel and stride and a non-negative "
                    + "padding, but got in " + inChannels + ", out " + outChannels + ", kernel " + kernel + ", stride "
                    + stride + ", padding " + padding + ".");
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.weight = Tensor.zeros(outChannels, inChannels, kernel, kernel);
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
        Tensor out = ConvOps.conv2d(input, w, stride, stride, padding, padding);
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

    /** "weight" [O, C, k, k], then "bias" [O] when present. */
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
        return "Conv2d(" + inChannels + ", " + outChannels + ", kernel " + kernel + ", stride " + stride
                + ", padding " + padding + (bias == null ? ", bias=false" : "") + ")";
    }
}
