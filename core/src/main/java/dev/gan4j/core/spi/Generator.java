package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;

/**
 * A network in the generator role: noise [N, latentSize] to samples [N, ...sampleShape].
 *
 * @param network    the layers
 * @param latentSize the size of one noise vector
 */
public record Generator(Layer network, int latentSize) {
    /** Applies the network to noise z. */
    public Tensor generate(Tensor z) {
        if (z.rank() != 2 || z.dim(1) != latentSize) {
            throw new IllegalArgumentException("The generator takes noise of shape [N, " + latentSize
                    + "], but got " + z.shape() + ".");
        }
        return network.forward(z);
    }
}
