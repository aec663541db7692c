package dev.gan4j.models.gan;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.tensor.Tensor;

/**
 * A generator used as the decoder of an autoencoder, with the reconstruction loss it is trained
 * by. For the cross-entropy it needs the values before the generator's final tanh, so a network
 * that is a {@link Sequential} ending in {@link Tanh} is also kept without that last layer (the
 * same layers and parameters, not a copy).
 */
final class Decoder {
    private final Generator generator;
    private final Layer preActivation;
    private final Reconstruction reconstruction;

    Decoder(Generator generator, Reconstruction reconstruction, String family) {
        this.generator = generator;
        this.reconstruction = reconstruction;
        this.preActivation = withoutFinalTanh(generator.network());
        if (reconstruction == Reconstruction.BCE && preActivation == null) {
            throw new IllegalArgumentException(family + ".reconstruction is \"bce\", which reads the decoder's tanh output "
                    + "as a probability, but this network does not end in tanh; use \"reconstruction\": \"mse\", or a "
                    + "network whose generator ends in tanh (\"generatorOutput\": \"tanh\" for mlp).");
        }
    }

    private static Layer withoutFinalTanh(Layer network) {
        if (network instanceof Sequential layers && layers.size() > 1
                && layers.get(layers.size() - 1) instanceof Tanh) {
            return new Sequential(layers.layers().subList(0, layers.size() - 1));
        }
        return null;
    }

    /** The reconstruction loss of decoding {@code codes} [N, latent] against {@code target}, summed per sample, averaged. */
    Tensor reconstructionLoss(Tensor codes, Tensor target) {
        int n = target.dim(0);
        if (reconstruction == Reconstruction.BCE) {
            Tensor logits = preActivation.forward(codes).mul(2f);
            Tensor probabilities = target.add(1f).mul(0.5f);
            return logits.softplus().sub(logits.mul(probabilities)).sum().mul(1f / n);
        }
        return generator.generate(codes).sub(target).square().sum().mul(1f / n);
    }
}
