package dev.gan4j.models.gan;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The autoencoder's single phase, over the encoder's and the decoder's parameters: encode a batch,
 * decode the codes, minimise the reconstruction loss. Each batch's codes also update the
 * {@link CodeDistribution} that sampling draws from. Draws nothing from the noise generator.
 * Metric: {@code recon}.
 */
final class AutoencoderPhase implements Phase {
    /** The phase's name, which configs key its optimiser by. */
    static final String NAME = "autoencoder";

    private final Encoder encoder;
    private final Decoder decoder;
    private final CodeDistribution codes;

    AutoencoderPhase(Encoder encoder, Decoder decoder, CodeDistribution codes) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.codes = codes;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The encoder's parameters, then the decoder's. */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        encoder.network().parameters().forEach(p -> all.add(p.prefixed(AutoencoderSystem.ENCODER)));
        decoder.generator().network().parameters().forEach(p -> all.add(p.prefixed(AutoencoderSystem.DECODER)));
        return all;
    }

    @Override
    public int repeats() {
        return 1;
    }

    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        Tensor x = batch.inputs();
        Tensor z = encoder.encode(x);
        if (batch.size() > 1) {
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                codes.update(z.detach());
            }
        }
        Tensor reconstruction = decoder.reconstructionLoss(z, x);
        return new PhaseLoss(reconstruction, Map.of("recon", (double) reconstruction.item()));
    }
}
