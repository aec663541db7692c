package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.NormOps;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * Instance normalisation of [N, C, H, W] images, as PyTorch's InstanceNorm2d with its defaults:
 * each (sample, channel) plane is standardised with its own mean and biased variance, in
 * training and evaluation mode alike (no running estimates), then optionally scaled and shifted
 * per channel. CycleGAN's generators use it without the affine map.
 */
public final class InstanceNorm2d extends AbstractLayer {
    private final int features;
    private final float eps;
    private final Tensor weight;
    private final Tensor bias;

    /** Instance norm without an affine map, eps 1e-5 (PyTorch's defaults). */
    public InstanceNorm2d(int features) {
        this(features, BatchNorm.DEFAULT_EPS, false);
    }

    /** Instance norm with the given eps; with {@code affine}, a weight (starting at 1) and bias (at 0) per channel. */
    public InstanceNorm2d(int features, float eps, boolean affine) {
        if (features <= 0 || !(eps > 0f)) {
            throw new IllegalArgumentException("InstanceNorm2d needs a positive number of channels and eps > 0, but got "
                    + features + " channels and eps " + eps + ".");
        }
        this.features = features;
        this.eps = eps;
        this.weight = affine ? Tensor.ones(features).requiresGrad(true) : null;
        this.bias = affine ? Tensor.zeros(features).requiresGrad(true) : null;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() != 4 || input.dim(1) != features) {
            throw new IllegalArgumentException(this + " needs an input of shape [N, " + features + ", H, W], but got "
                    + input.shape() + ".");
        }
        return NormOps.instanceNorm(input, weight, bias, eps).output();
    }

    /** The number of channels. */
    public int features() {
        return features;
    }

    /** The eps added to the variance. */
    public float eps() {
        return eps;
    }

    /** The affine weight [C], or null without an affine map. */
    public Tensor weight() {
        return weight;
    }

    /** The affine bias [C], or null without an affine map. */
    public Tensor bias() {
        return bias;
    }

    /** "weight" then "bias", both [C], when affine; nothing otherwise. */
    @Override
    public List<Parameter> parameters() {
        return weight == null ? List.of() : List.of(new Parameter("weight", weight), new Parameter("bias", bias));
    }

    @Override
    public String toString() {
        return "InstanceNorm2d(" + features + (weight != null ? ", affine=true" : "") + ")";
    }
}
