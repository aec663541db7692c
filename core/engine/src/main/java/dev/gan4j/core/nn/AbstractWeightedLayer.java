package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * What Linear, Conv2d and ConvTranspose2d share: a trainable weight and an optional trainable bias,
 * both initialised as PyTorch does, exposed as the parameters "weight" then "bias". The two
 * convolutions also share their input check and per-channel bias here.
 */
abstract class AbstractWeightedLayer extends AbstractLayer implements WeightedLayer {
    private final Tensor weight;
    private final Tensor bias;

    /**
     * Creates the weight with {@link Init#pytorchDefaultWeight()}, then (when {@code withBias}) a
     * bias of {@code outputs} values with {@link Init#pytorchDefaultBias}, drawn from {@code rng}
     * in that order. The caller has checked the sizes.
     */
    AbstractWeightedLayer(int[] weightDims, int outputs, boolean withBias, Rng rng) {
        this.weight = Tensor.zeros(weightDims);
        Init.pytorchDefaultWeight().fill(weight, rng);
        weight.requiresGrad(true);
        if (withBias) {
            this.bias = Tensor.zeros(outputs);
            Init.pytorchDefaultBias(weight.shape()).fill(this.bias, rng);
            this.bias.requiresGrad(true);
        } else {
            this.bias = null;
        }
    }

    /** Fails, naming the layer and its sizes, unless the sizes of a square-kernel convolution are valid. */
    static void requireConvolutionSizes(String layer, int inChannels, int outChannels, int kernel, int stride,
                                        int padding) {
        if (inChannels <= 0 || outChannels <= 0 || kernel <= 0 || stride <= 0 || padding < 0) {
            throw new IllegalArgumentException(layer + " needs positive channels, kernel and stride and a "
                    + "non-negative padding, but got in " + inChannels + ", out " + outChannels + ", kernel " + kernel
                    + ", stride " + stride + ", padding " + padding + ".");
        }
    }

    /** Fails, naming this layer, unless {@code input} is [N, {@code channels}, H, W]. */
    final void requireImageInput(Tensor input, int channels) {
        if (input.rank() != 4 || input.dim(1) != channels) {
            throw new IllegalArgumentException(this + " needs an input of shape [N, " + channels
                    + ", H, W], but got " + input.shape() + ".");
        }
    }

    /** {@code out} [N, C, H, W] plus the bias of C values on each channel, or {@code out} itself without a bias. */
    final Tensor addChannelBias(Tensor out) {
        return bias == null ? out : out.add(bias.reshape(1, bias.size(), 1, 1));
    }

    @Override
    public final Tensor weight() {
        return weight;
    }

    @Override
    public final Tensor bias() {
        return bias;
    }

    /** "weight", then "bias" when present. */
    @Override
    public final List<Parameter> parameters() {
        List<Parameter> params = new ArrayList<>(2);
        params.add(new Parameter("weight", weight));
        if (bias != null) {
            params.add(new Parameter("bias", bias));
        }
        return params;
    }
}
