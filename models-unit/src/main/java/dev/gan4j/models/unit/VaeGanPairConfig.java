package dev.gan4j.models.unit;

import dev.gan4j.core.network.PatchGanNetworkConfig;
import dev.gan4j.core.network.SharedLatentNetworkConfig;
import dev.gan4j.core.objective.LeastSquaresObjective;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "vaegan-pair"} family: one VAE-GAN per domain, trained independently
 * (nothing shared, no cycle, each domain's discriminator judging its own decoder's samples from the
 * prior), with UNIT's weights for the terms they have in common, so that it differs from
 * {@code unit} only by what aligns the two latent spaces. Defaults applied here, in one place.
 *
 * <pre>{@code
 * {"type": "vaegan-pair", "network": {"type": "shared-latent"}, "discriminator": {"type": "patchgan"},
 *  "objective": "least-squares", "lambdaGan": 1, "lambdaReconstruction": 10, "lambdaKl": 0.01}
 * }</pre>
 *
 * @param network              the encoders and decoders (default {@code shared-latent}, nothing shared)
 * @param discriminator        each domain's discriminator (default {@code patchgan})
 * @param objective            the adversarial objective (default least-squares)
 * @param lambdaGan            the adversarial term's weight (default 1)
 * @param lambdaReconstruction the L1 reconstruction's weight (default 10)
 * @param lambdaKl             the codes' KL term's weight (default 0.01)
 * @param latentNoise          the standard deviation σ of the Gaussian noise added to a code before it is
 *                             decoded in training (default 1, as UNIT); translation decodes the code
 *                             itself, without noise
 */
public record VaeGanPairConfig(NetworkConfig network, NetworkConfig discriminator, String objective, Double lambdaGan,
                               Double lambdaReconstruction, Double lambdaKl, Double latentNoise) implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public VaeGanPairConfig {
        network = network == null ? SharedLatentNetworkConfig.defaults() : network;
        discriminator = discriminator == null ? PatchGanNetworkConfig.defaults() : discriminator;
        objective = ConfigChecks.objective("vaegan-pair.objective", objective, LeastSquaresObjective.NAME);
        lambdaGan = ConfigChecks.weight("vaegan-pair.lambdaGan", lambdaGan, 1, "1 by default");
        lambdaReconstruction = ConfigChecks.weight("vaegan-pair.lambdaReconstruction", lambdaReconstruction, 10,
                "10 by default, as UNIT");
        lambdaKl = ConfigChecks.weight("vaegan-pair.lambdaKl", lambdaKl, 0.01, "0.01 by default, as UNIT");
        latentNoise = ConfigChecks.weight("vaegan-pair.latentNoise", latentNoise, 1, "1 by default, as UNIT");
    }

    /** All defaults. */
    public static VaeGanPairConfig defaults() {
        return new VaeGanPairConfig(null, null, null, null, null, null, null);
    }

    /** The loss weights: a VAE code (noise latentNoise), prior samples judged, no cycle. */
    LatentLosses losses() {
        return new LatentLosses(lambdaGan, lambdaReconstruction, lambdaKl, 0, 0, 0, latentNoise, false);
    }
}
