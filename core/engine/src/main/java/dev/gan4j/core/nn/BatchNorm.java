package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.NormOps;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Batch normalisation over the channel axis (axis 1), as PyTorch's BatchNorm: in training mode
 * each channel is standardised with the batch's mean and biased variance, and the running
 * estimates are updated as running = (1 − momentum)·running + momentum·batch, with the unbiased
 * variance (divided by count − 1); in evaluation mode the running estimates are used instead.
 * Then the optional affine map weight·x̂ + bias (weight starts at 1, bias at 0).
 *
 * <p>Training mode runs the fused op {@link NormOps#batchNorm}; evaluation mode is a per-channel
 * scale and shift.
 */
public abstract class BatchNorm extends AbstractLayer {
    /** PyTorch's default eps, added to the variance. */
    public static final float DEFAULT_EPS = 1e-5f;
    /** PyTorch's default momentum of the running estimates. */
    public static final float DEFAULT_MOMENTUM = 0.1f;

    private final int features;
    private final float eps;
    private final float momentum;
    private final Tensor weight;
    private final Tensor bias;
    private final Tensor runningMean;
    private final Tensor runningVar;

    /**
     * @param features the number of channels C
     * @param eps      added to the variance before its square root
     * @param momentum the weight of each new batch in the running estimates
     * @param affine   whether to learn a per-channel weight and bias
     */
    protected BatchNorm(int features, float eps, float momentum, boolean affine) {
        if (features <= 0) {
            throw new IllegalArgumentException("Batch norm needs a positive number of channels, but got " + features + ".");
        }
        if (!(eps > 0f) || !(momentum >= 0f && momentum <= 1f)) {
            throw new IllegalArgumentException("Batch norm needs eps > 0 and momentum in [0, 1], but got eps " + eps
                    + " and momentum " + momentum + ".");
        }
        this.features = features;
        this.eps = eps;
        this.momentum = momentum;
        this.weight = affine ? Tensor.ones(features).requiresGrad(true) : null;
        this.bias = affine ? Tensor.zeros(features).requiresGrad(true) : null;
        this.runningMean = Tensor.zeros(features);
        this.runningVar = Tensor.ones(features);
    }

    /** Checks the rank of the input; the number of channels is checked by {@link #forward}. */
    protected abstract void checkRank(Tensor input);

    @Override
    public Tensor forward(Tensor input) {
        checkRank(input);
        if (input.dim(1) != features) {
            throw new IllegalArgumentException(this + " needs " + features + " channels on axis 1, but the input has shape "
                    + input.shape() + ".");
        }
        if (!isTraining()) {
            return normaliseWithRunningEstimates(input);
        }
        NormOps.Normalised result = NormOps.batchNorm(input, weight, bias, eps);
        updateRunningEstimates(result, input.size() / features);
        return result.output();
    }

    private void updateRunningEstimates(NormOps.Normalised batch, int count) {
        float[] mean = runningMean.data();
        float[] var = runningVar.data();
        double unbias = (double) count / (count - 1);
        for (int c = 0; c < features; c++) {
            mean[c] = (float) ((1.0 - momentum) * mean[c] + momentum * (double) batch.mean()[c]);
            var[c] = (float) ((1.0 - momentum) * var[c] + momentum * batch.variance()[c] * unbias);
        }
    }

    private Tensor normaliseWithRunningEstimates(Tensor input) {
        int[] channelShape = new int[input.rank()];
        Arrays.fill(channelShape, 1);
        channelShape[1] = features;
        float[] invStd = new float[features];
        float[] mean = runningMean.data();
        float[] var = runningVar.data();
        for (int c = 0; c < features; c++) {
            invStd[c] = (float) (1.0 / Math.sqrt(var[c] + (double) eps));
        }
        Tensor scale = Tensor.of(invStd, features);
        Tensor shift = Tensor.of(mean.clone(), features).mul(scale).neg();
        if (weight != null) {
            scale = scale.mul(weight);
            shift = shift.mul(weight).add(bias);
        }
        return input.mul(scale.reshape(channelShape)).add(shift.reshape(channelShape));
    }

    /** The number of channels. */
    public int features() {
        return features;
    }

    /** The affine weight [C], or null without an affine map. */
    public Tensor weight() {
        return weight;
    }

    /** The affine bias [C], or null without an affine map. */
    public Tensor bias() {
        return bias;
    }

    /** The running mean [C], a buffer. */
    public Tensor runningMean() {
        return runningMean;
    }

    /** The running (unbiased) variance [C], a buffer. */
    public Tensor runningVar() {
        return runningVar;
    }

    /** The eps added to the variance. */
    public float eps() {
        return eps;
    }

    /** The momentum of the running estimates. */
    public float momentum() {
        return momentum;
    }

    /** "weight" then "bias", both [C], when affine. */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> params = new ArrayList<>(2);
        if (weight != null) {
            params.add(new Parameter("weight", weight));
            params.add(new Parameter("bias", bias));
        }
        return params;
    }

    /** "running_mean" then "running_var", both [C]. */
    @Override
    public List<Parameter> buffers() {
        return List.of(new Parameter("running_mean", runningMean), new Parameter("running_var", runningVar));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + features + (weight == null ? ", affine=false" : "") + ")";
    }
}
