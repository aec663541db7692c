package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * CycleGAN's residual block: x + F(x), where F is reflection pad 1, 3×3 convolution, norm, relu,
 * reflection pad 1, 3×3 convolution, norm, keeping the channel count and the image size. F is
 * the child "block", so parameters are named "block.1.weight", "block.2.weight", and so on.
 */
public final class ResidualBlock extends AbstractLayer {
    /** The prefix of the branch's parameter and buffer names. */
    private static final String BLOCK = "block";

    private final int channels;
    private final Sequential block;

    /** A block with instance norm (no affine map) and convolutions with biases, as in CycleGAN. */
    public ResidualBlock(int channels, Rng rng) {
        this(channels, InstanceNorm2d::new, true, rng);
    }

    /**
     * A block whose normalisation layers are made by {@code norm} (given the channel count), for
     * example {@code BatchNorm2d::new}; {@code convBias} says whether the convolutions have biases
     * (redundant before a batch norm). The two convolutions draw their weights from {@code rng}
     * in order.
     */
    public ResidualBlock(int channels, IntFunction<? extends Layer> norm, boolean convBias, Rng rng) {
        if (channels <= 0) {
            throw new IllegalArgumentException("A ResidualBlock needs a positive channel count, but got " + channels + ".");
        }
        this.channels = channels;
        List<Layer> layers = new ArrayList<>();
        layers.add(new ReflectionPad2d(1));
        layers.add(new Conv2d(channels, channels, 3, 1, 0, convBias, rng));
        layers.add(norm.apply(channels));
        layers.add(new ReLU());
        layers.add(new ReflectionPad2d(1));
        layers.add(new Conv2d(channels, channels, 3, 1, 0, convBias, rng));
        layers.add(norm.apply(channels));
        this.block = new Sequential(layers);
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() != 4 || input.dim(1) != channels) {
            throw new IllegalArgumentException(this + " needs an input of shape [N, " + channels + ", H, W], but got "
                    + input.shape() + ".");
        }
        return input.add(block.forward(input));
    }

    /** The residual branch F. */
    public Sequential block() {
        return block;
    }

    /** The branch's parameters, prefixed "block.". */
    @Override
    public List<Parameter> parameters() {
        return Parameter.prefixAll(BLOCK, block.parameters());
    }

    /** The branch's buffers, prefixed "block.". */
    @Override
    public List<Parameter> buffers() {
        return Parameter.prefixAll(BLOCK, block.buffers());
    }

    /** Sets the mode of this block and its branch. */
    @Override
    public void train(boolean training) {
        super.train(training);
        block.train(training);
    }

    @Override
    public String toString() {
        return "ResidualBlock(" + channels + ")";
    }
}
