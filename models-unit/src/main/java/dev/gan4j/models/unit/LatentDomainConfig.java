package dev.gan4j.models.unit;

import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.network.PatchGanNetworkConfig;
import dev.gan4j.core.network.SharedLatentNetworkConfig;
import dev.gan4j.core.objective.LeastSquaresObjective;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "latent-domain"} family: a VAE-GAN per domain with nothing shared and no
 * cycle, whose translations are judged by the target domain's discriminator, plus a discriminator
 * on the latent codes that learns which domain a code came from while both encoders are pushed to
 * leave it unsure (a ½ target, as DRIT's content discriminator). Defaults applied here, in one place.
 *
 * <pre>{@code
 * {"type": "latent-domain", "network": {"type": "shared-latent"}, "discriminator": {"type": "patchgan"},
 *  "latentDiscriminator": {"type": "mlp", "hiddenSizes": [256]}, "objective": "least-squares",
 *  "lambdaGan": 1, "lambdaReconstruction": 10, "lambdaKl": 0.01, "lambdaLatent": 1}
 * }</pre>
 *
 * @param network              the encoders and decoders (default {@code shared-latent}, nothing shared)
 * @param discriminator        each domain's discriminator (default {@code patchgan})
 * @param latentDiscriminator  the discriminator on the codes [C, H', W'] (default {@code mlp} with one
 *                             hidden layer of 256)
 * @param objective            the image discriminators' objective (default least-squares)
 * @param lambdaGan            the adversarial translation term's weight (default 1)
 * @param lambdaReconstruction the L1 reconstruction's weight (default 10)
 * @param lambdaKl             the codes' KL term's weight (default 0.01)
 * @param lambdaLatent         the encoders' term against the latent discriminator (default 1)
 * @param latentNoise          the standard deviation σ of the Gaussian noise added to a code before it is
 *                             decoded in training (default 1, as UNIT); translation decodes the code
 *                             itself, without noise
 */
public record LatentDomainConfig(NetworkConfig network, NetworkConfig discriminator, NetworkConfig latentDiscriminator,
                                 String objective, Double lambdaGan, Double lambdaReconstruction, Double lambdaKl,
                                 Double lambdaLatent, Double latentNoise) implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public LatentDomainConfig {
        network = network == null ? SharedLatentNetworkConfig.defaults() : network;
        discriminator = discriminator == null ? PatchGanNetworkConfig.defaults() : discriminator;
        latentDiscriminator = latentDiscriminator == null ? MlpNetworkConfig.withHiddenSizes(256) : latentDiscriminator;
        objective = ConfigChecks.objective("latent-domain.objective", objective, LeastSquaresObjective.NAME);
        lambdaGan = ConfigChecks.weight("latent-domain.lambdaGan", lambdaGan, 1, "1 by default");
        lambdaReconstruction = ConfigChecks.weight("latent-domain.lambdaReconstruction", lambdaReconstruction, 10,
                "10 by default, as UNIT");
        lambdaKl = ConfigChecks.weight("latent-domain.lambdaKl", lambdaKl, 0.01, "0.01 by default, as UNIT");
        lambdaLatent = ConfigChecks.weight("latent-domain.lambdaLatent", lambdaLatent, 1, "1 by default, as DRIT");
        latentNoise = ConfigChecks.weight("latent-domain.latentNoise", latentNoise, 1, "1 by default, as UNIT");
    }

    /** All defaults. */
    public static LatentDomainConfig defaults() {
        return new LatentDomainConfig(null, null, null, null, null, null, null, null, null);
    }

    /** The loss weights: a VAE code (noise latentNoise), translations judged, no cycle, the latent term. */
    LatentLosses losses() {
        return new LatentLosses(lambdaGan, lambdaReconstruction, lambdaKl, 0, 0, lambdaLatent, latentNoise, true);
    }
}
