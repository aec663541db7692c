package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A U-Net skip connection: the input and the output of an inner network side by side along the
 * channel axis, [x, F(x)], so the decoder of a U-Net sees the encoder's features at each scale.
 * F must keep the height and width of its input. F is the child "inner", so parameters are named
 * "inner.0.weight" and so on.
 */
public final class ConcatSkip extends AbstractLayer {
    private static final String INNER = "inner";

    private final Layer inner;

    /** A skip connection around {@code inner}. */
    public ConcatSkip(Layer inner) {
        this.inner = java.util.Objects.requireNonNull(inner, "inner");
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() != 4) {
            throw new IllegalArgumentException(this + " needs images [N, C, H, W], but got " + input.shape() + ".");
        }
        Tensor branch = inner.forward(input);
        if (branch.rank() != 4 || branch.dim(0) != input.dim(0) || branch.dim(2) != input.dim(2)
                || branch.dim(3) != input.dim(3)) {
            throw new IllegalArgumentException(this + " joins its input " + input.shape() + " with its inner network's "
                    + "output " + branch.shape() + ", which must have the same batch, height and width.");
        }
        return Tensor.concat(1, input, branch);
    }

    /** The inner network F. */
    public Layer inner() {
        return inner;
    }

    /** The inner network's parameters, prefixed "inner.". */
    @Override
    public List<Parameter> parameters() {
        return Parameter.prefixAll(INNER, inner.parameters());
    }

    /** The inner network's buffers, prefixed "inner.". */
    @Override
    public List<Parameter> buffers() {
        return Parameter.prefixAll(INNER, inner.buffers());
    }

    /** Sets the mode of this layer and its inner network. */
    @Override
    public void train(boolean training) {
        super.train(training);
        inner.train(training);
    }

    @Override
    public String toString() {
        return "ConcatSkip(" + inner.getClass().getSimpleName() + ")";
    }
}
