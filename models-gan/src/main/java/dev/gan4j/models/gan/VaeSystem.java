package dev.gan4j.models.gan;

import dev.gan4j.core.spi.AssembledSystem;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.LossPhase;
import java.util.List;

/**
 * A variational autoencoder whose decoder is the generator: networks {@code "generator"} (the
 * decoder) and {@code "encoder"}; one phase, {@code "vae"}, over both ({@link VaeLoss}); samples
 * decode z ~ N(0, I), and the decoder is what is exported.
 */
final class VaeSystem {
    /** The decoder's name in the system's networks: it is the generator. */
    static final String DECODER = "generator";
    /** The encoder's name in the system's networks. */
    static final String ENCODER = "encoder";
    /** The phase's name, which configs key its optimiser by. */
    static final String PHASE = "vae";

    private VaeSystem() {
    }

    /** Builds the decoder, then the encoder, from the context's init generator in that order. */
    static GanSystem build(VaeConfig config, BuildContext context) {
        Reconstruction reconstruction = Reconstruction.resolve(config.reconstruction(), context.data());
        Generator decoder = context.generator(config.network(), config.latentSize());
        Encoder encoder = context.encoder(config.network(), 2 * config.latentSize());
        VaeLoss loss = new VaeLoss(encoder, new Decoder(decoder, reconstruction, VaeFamily.ID), config.latentSize(),
                config.beta());
        return AssembledSystem.builder(context.data())
                .setSampledGenerator(DECODER, decoder)
                .addNetwork(ENCODER, encoder.network())
                .addPhase(LossPhase.of(PHASE, List.of(ENCODER, DECODER), loss))
                .build();
    }
}
