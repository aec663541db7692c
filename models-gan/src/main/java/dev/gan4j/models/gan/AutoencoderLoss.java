package dev.gan4j.models.gan;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Map;

/**
 * The loss of the autoencoder's single phase, over the encoder and the decoder: encode a batch,
 * decode the codes, minimise the reconstruction loss. Each batch's codes also update the
 * {@link CodeDistribution} that sampling draws from. Draws nothing from the noise generator.
 * Metric: {@code recon}.
 */
final class AutoencoderLoss implements LossPhase.Loss {
    private final Encoder encoder;
    private final Decoder decoder;
    private final CodeDistribution codes;

    AutoencoderLoss(Encoder encoder, Decoder decoder, CodeDistribution codes) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.codes = codes;
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
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
