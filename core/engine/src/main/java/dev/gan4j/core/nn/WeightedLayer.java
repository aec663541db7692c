package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/**
 * A layer whose forward pass can run with a substitute weight: what {@link SpectralNorm} needs to
 * apply W / σ(W) without changing the stored weight. Linear, Conv2d and ConvTranspose2d are such
 * layers.
 */
public interface WeightedLayer extends Layer {
    /** The stored, trainable weight. */
    Tensor weight();

    /** The trainable bias, or null when the layer has none. */
    Tensor bias();

    /** The forward pass with {@code weight} (same shape as {@link #weight()}) in place of the stored one. */
    Tensor forward(Tensor input, Tensor weight);

    /**
     * The axis of the weight that indexes output features: 0 for Linear [out, in] and Conv2d
     * [O, C, kh, kw], 1 for ConvTranspose2d [Cin, Cout, kh, kw]. Spectral normalisation views the
     * weight as a matrix with this axis as rows, as PyTorch does.
     */
    int outputAxis();

    @Override
    default Tensor forward(Tensor input) {
        return forward(input, weight());
    }
}
