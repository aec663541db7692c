package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;

/**
 * A network in the discriminator (critic) role: samples to raw scores [N, outputs].
 *
 * @param network the layers
 * @param outputs the number of scores per sample (1 for a plain GAN)
 */
public record Discriminator(Layer network, int outputs) {
    /** The raw scores (logits) of {@code x}. */
    public Tensor score(Tensor x) {
        return network.forward(x);
    }
}
