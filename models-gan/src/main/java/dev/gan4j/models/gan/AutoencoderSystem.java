package dev.gan4j.models.gan;

import dev.gan4j.core.spi.AssembledSystem;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.LossPhase;
import java.util.List;

/**
 * A deterministic autoencoder whose decoder is the generator: networks {@code "generator"} (the
 * decoder), {@code "encoder"} and {@code "codes"} (the {@link CodeDistribution}, buffers only);
 * one phase, {@code "autoencoder"} ({@link AutoencoderLoss}). An autoencoder has no prior to
 * sample from, so sampling maps the standard normal noise through a Gaussian fitted to the codes of
 * the last training batches and decodes the result: a fair way to compare it with a generator. The
 * exported model is the same map: the code distribution followed by the decoder.
 */
final class AutoencoderSystem {
    /** The decoder's name in the system's networks: it is the generator. */
    static final String DECODER = "generator";
    /** The encoder's name in the system's networks. */
    static final String ENCODER = "encoder";
    /** The code distribution's name in the system's networks. */
    static final String CODES = "codes";
    /** The phase's name, which configs key its optimiser by. */
    static final String PHASE = "autoencoder";

    private AutoencoderSystem() {
    }

    /** Builds the decoder, then the encoder, from the context's init generator in that order. */
    static GanSystem build(AutoencoderConfig config, BuildContext context) {
        Reconstruction reconstruction = Reconstruction.resolve(config.reconstruction(), context.data());
        Generator decoder = context.generator(config.network(), config.latentSize());
        Encoder encoder = context.encoder(config.network(), config.latentSize());
        CodeDistribution codes = new CodeDistribution(config.latentSize(), config.codeMomentum());
        AutoencoderLoss loss = new AutoencoderLoss(encoder,
                new Decoder(decoder, reconstruction, AutoencoderFamily.ID), codes);
        return AssembledSystem.builder(context.data())
                .setSampledGenerator(DECODER, decoder)
                .addNetwork(ENCODER, encoder.network())
                .addNetwork(CODES, codes)
                .optNoiseMap(codes)
                .addPhase(LossPhase.of(PHASE, List.of(ENCODER, DECODER), loss))
                .build();
    }
}
