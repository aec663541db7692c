package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;

/**
 * Reshapes each sample, keeping the batch axis: [N, ...] becomes [N, dims...], as the
 * {@code view(x.shape[0], *shape)} of a PyTorch DCGAN generator. Shares the values, no copy.
 */
public final class Reshape extends AbstractLayer {
    private final int[] sampleShape;

    /** Each sample takes the shape {@code sampleShape} (one entry may be −1, inferred). */
    public Reshape(int... sampleShape) {
        if (sampleShape.length == 0) {
            throw new IllegalArgumentException("Reshape needs the shape of one sample, for example Reshape(128, 7, 7).");
        }
        this.sampleShape = sampleShape.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() < 1) {
            throw new IllegalArgumentException("Reshape needs an input with a batch axis, but got a scalar.");
        }
        int[] dims = new int[sampleShape.length + 1];
        dims[0] = input.dim(0);
        System.arraycopy(sampleShape, 0, dims, 1, sampleShape.length);
        return input.reshape(dims);
    }

    /** The shape of one sample, as a copy. */
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    @Override
    public String toString() {
        return "Reshape" + Arrays.toString(sampleShape);
    }
}
