package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * A lookup table of learned vectors, one per class or token: weight [count, dim], initialised
 * N(0, 1) as in PyTorch. Conditional GANs embed their class labels with it.
 */
public final class Embedding extends AbstractLayer {
    private final int count;
    private final int dim;
    private final Tensor weight;

    /** A table of {@code count} vectors of size {@code dim}, drawn N(0, 1) from {@code rng}. */
    public Embedding(int count, int dim, Rng rng) {
        if (count <= 0 || dim <= 0) {
            throw new IllegalArgumentException("An Embedding needs a positive number of entries and a positive size, but got "
                    + count + " entries of size " + dim + ".");
        }
        this.count = count;
        this.dim = dim;
        this.weight = Tensor.zeros(count, dim);
        Init.normal(0, 1).fill(weight, rng);
        weight.requiresGrad(true);
    }

    /**
     * The vectors of the indices held, as whole numbers, in {@code indices} (any shape); the
     * result has the shape of {@code indices} with {@code dim} appended. No gradient flows to the
     * indices.
     */
    @Override
    public Tensor forward(Tensor indices) {
        float[] values = indices.data();
        int[] rows = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (v != Math.rint(v) || v < 0 || v >= count) {
                throw new IllegalArgumentException("Embedding indices must be whole numbers in [0, " + count
                        + "), but element " + i + " of the input " + indices.shape() + " is " + v + ".");
            }
            rows[i] = (int) v;
        }
        int[] dims = indices.dims();
        int[] outDims = Arrays.copyOf(dims, dims.length + 1);
        outDims[dims.length] = dim;
        return lookup(rows).reshape(outDims);
    }

    /** The vectors of {@code indices}, as a [indices.length, dim] tensor. */
    public Tensor lookup(int[] indices) {
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= count) {
                throw new IndexOutOfBoundsException("Embedding index " + indices[i] + " at position " + i
                        + " is outside the table of " + count + " entries; valid indices are 0 to " + (count - 1) + ".");
            }
        }
        return weight.indexSelect(0, indices);
    }

    /** The table [count, dim]. */
    public Tensor weight() {
        return weight;
    }

    /** The number of entries. */
    public int count() {
        return count;
    }

    /** The size of each vector. */
    public int dim() {
        return dim;
    }

    /** "weight" [count, dim]. */
    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("weight", weight));
    }

    @Override
    public String toString() {
        return "Embedding(" + count + ", " + dim + ")";
    }
}
