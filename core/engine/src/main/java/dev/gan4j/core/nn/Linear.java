package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * The affine map y = x·Wᵀ + b, with W stored [out, in] as in PyTorch. The product uses the weight
 * transposed in place (no copy). Inputs of rank above 2 are treated as a batch of rows: the last
 * axis must be {@code in}.
 */
public final class Linear extends AbstractWeightedLayer {
    private final int inFeatures;
    private final int outFeatures;

    /** A linear layer with a bias, initialised as PyTorch does. */
    public Linear(int inFeatures, int outFeatures, Rng rng) {
        this(inFeatures, outFeatures, true, rng);
    }

    /**
     * A linear layer initialised as PyTorch does: weight from {@link Init#pytorchDefaultWeight()},
     * then bias from {@link Init#pytorchDefaultBias}, both drawn from {@code rng} in that order.
     */
    public Linear(int inFeatures, int outFeatures, boolean bias, Rng rng) {
        super(weightDims(inFeatures, outFeatures), outFeatures, bias, rng);
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
    }

    @Override
    public Tensor forward(Tensor input, Tensor w) {
        if (input.rank() < 2 || input.dim(-1) != inFeatures) {
            throw new IllegalArgumentException("Linear(" + inFeatures + " -> " + outFeatures + ") needs an input of shape"
                    + " [N, " + inFeatures + "] (or [..., " + inFeatures + "]), but got " + input.shape()
                    + "; add a Flatten layer before it for image inputs.");
        }
        Tensor rows = input.rank() == 2 ? input : input.reshape(-1, inFeatures);
        Tensor out = rows.matmul(w, false, true);
        if (bias() != null) {
            out = out.add(bias());
        }
        if (input.rank() == 2) {
            return out;
        }
        int[] dims = input.dims();
        dims[dims.length - 1] = outFeatures;
        return out.reshape(dims);
    }

    /** [out, in], after checking the sizes. */
    private static int[] weightDims(int inFeatures, int outFeatures) {
        if (inFeatures <= 0 || outFeatures <= 0) {
            throw new IllegalArgumentException("A Linear layer needs positive sizes, but got in " + inFeatures
                    + " and out " + outFeatures + ".");
        }
        return new int[] {outFeatures, inFeatures};
    }

    @Override
    public int outputAxis() {
        return 0;
    }

    /** The size of each input row. */
    public int inFeatures() {
        return inFeatures;
    }

    /** The size of each output row. */
    public int outFeatures() {
        return outFeatures;
    }

    @Override
    public String toString() {
        return "Linear(" + inFeatures + ", " + outFeatures + (bias() == null ? ", bias=false" : "") + ")";
    }
}
