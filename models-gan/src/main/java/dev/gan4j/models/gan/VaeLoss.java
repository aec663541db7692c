package dev.gan4j.models.gan;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loss of the VAE's single phase, over the encoder and the decoder: encode a batch to the
 * mean μ and log-variance log σ² of q(z|x), draw z = μ + σ·ε with ε from the noise generator
 * (the reparameterisation trick), and minimise reconstruction + β·KL(q(z|x) ‖ N(0, I)), where
 * KL = −½ Σ (1 + log σ² − μ² − σ²), summed over the latent dimensions and averaged over the batch.
 * Metrics: {@code recon} and {@code kl}.
 */
final class VaeLoss implements LossPhase.Loss {
    private final Encoder encoder;
    private final Decoder decoder;
    private final int latentSize;
    private final float beta;

    VaeLoss(Encoder encoder, Decoder decoder, int latentSize, double beta) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.latentSize = latentSize;
        this.beta = (float) beta;
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        Tensor x = batch.inputs();
        int n = batch.size();
        Tensor statistics = encoder.encode(x);
        Tensor mean = statistics.slice(1, 0, latentSize);
        Tensor logVariance = statistics.slice(1, latentSize, 2 * latentSize);
        Tensor epsilon = Tensor.randn(noise, n, latentSize);
        Tensor z = mean.add(logVariance.mul(0.5f).exp().mul(epsilon));
        Tensor reconstruction = decoder.reconstructionLoss(z, x);
        Tensor kl = logVariance.add(1f).sub(mean.square()).sub(logVariance.exp()).sum().mul(-0.5f / n);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("recon", (double) reconstruction.item());
        metrics.put("kl", (double) kl.item());
        return new PhaseLoss(reconstruction.add(kl.mul(beta)), metrics);
    }
}
