package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;

/**
 * A network in the encoder role: samples to codes [N, outputs] (for a VAE, the mean and
 * log-variance side by side, so outputs is twice the latent size).
 *
 * @param network the layers
 * @param outputs the size of the code
 */
public record Encoder(Layer network, int outputs) {
    /** The code of {@code x}. */
    public Tensor encode(Tensor x) {
        return network.forward(x);
    }
}
