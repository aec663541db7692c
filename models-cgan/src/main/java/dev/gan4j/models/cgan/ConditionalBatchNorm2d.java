package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Init;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.MultiInputLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditional batch normalisation (de Vries et al., 2017; Dumoulin et al.'s conditional instance
 * norm): images [N, C, H, W] are batch-normalised without an affine map, then each sample's
 * channels are scaled and shifted by amounts computed from its condition vector e [N, D]:
 * x̂·(1 + γ(e)) + β(e), with γ and β linear maps D → C. Both maps start at zero, so the layer
 * starts as plain batch norm and learns how much each class modulates each channel.
 *
 * <p>Inputs, in order: the images, the condition vectors. Parameters: {@code "gamma.weight"},
 * {@code "gamma.bias"}, {@code "beta.weight"}, {@code "beta.bias"}; buffers: the batch norm's
 * {@code "norm.running_mean"} and {@code "norm.running_var"}.
 */
public final class ConditionalBatchNorm2d extends AbstractLayer implements MultiInputLayer {
    private final BatchNorm2d norm;
    private final Linear gamma;
    private final Linear beta;

    /** For {@code channels} channels modulated by condition vectors of {@code conditionSize}. */
    public ConditionalBatchNorm2d(int channels, int conditionSize, Rng rng) {
        this.norm = new BatchNorm2d(channels, BatchNorm2d.DEFAULT_EPS, BatchNorm2d.DEFAULT_MOMENTUM, false);
        this.gamma = new Linear(conditionSize, channels, rng);
        this.beta = new Linear(conditionSize, channels, rng);
        for (Linear map : List.of(gamma, beta)) {
            Init.zeros().fill(map.weight(), rng);
            Init.zeros().fill(map.bias(), rng);
        }
    }

    @Override
    public int inputCount() {
        return 2;
    }

    /** Images [N, C, H, W] and condition vectors [N, D] to images [N, C, H, W]. */
    @Override
    public Tensor forward(List<Tensor> inputs) {
        Tensor x = inputs.get(0);
        Tensor e = inputs.get(1);
        if (e.rank() != 2 || x.rank() != 4 || e.dim(0) != x.dim(0)) {
            throw new IllegalArgumentException("Conditional batch norm takes images [N, C, H, W] and condition vectors "
                    + "[N, D] with the same N, but got " + x.shape() + " and " + e.shape() + ".");
        }
        int n = x.dim(0);
        int c = norm.features();
        Tensor scale = gamma.forward(e).add(1f).reshape(n, c, 1, 1);
        Tensor shift = beta.forward(e).reshape(n, c, 1, 1);
        return norm.forward(x).mul(scale).add(shift);
    }

    /** The normalisation, without an affine map. */
    public BatchNorm2d norm() {
        return norm;
    }

    /** The map from condition to per-channel scale (added to 1). */
    public Linear gamma() {
        return gamma;
    }

    /** The map from condition to per-channel shift. */
    public Linear beta() {
        return beta;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        gamma.parameters().forEach(p -> all.add(p.prefixed("gamma")));
        beta.parameters().forEach(p -> all.add(p.prefixed("beta")));
        return all;
    }

    @Override
    public List<Parameter> buffers() {
        return Parameter.prefixAll("norm", norm.buffers());
    }

    @Override
    public void train(boolean training) {
        super.train(training);
        norm.train(training);
    }

    @Override
    public String toString() {
        return "ConditionalBatchNorm2d(" + norm.features() + ", condition " + gamma.weight().dim(1) + ")";
    }
}
