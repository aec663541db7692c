package dev.gan4j.core.spi;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
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

    /** Standard normal noise [n, latentSize] from {@code rng}. */
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, latentSize);
    }

    /**
     * Samples for a critic's step: generated without recording a graph (the generator gets no
     * gradient in that step) and detached.
     */
    public Tensor generateDetached(Tensor z) {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return generate(z).detach();
        }
    }
}
