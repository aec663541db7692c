package dev.gan4j.models.unit;

import dev.gan4j.core.network.PatchGanNetworkConfig;
import dev.gan4j.core.network.SharedLatentNetworkConfig;
import dev.gan4j.core.objective.LeastSquaresObjective;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "unit"} family (Liu, Breuel &amp; Kautz 2017), with the loss weights of
 * the official code's configs (mingyuliutw/UNIT: gan_w 1, recon_x_w 10, recon_kl_w 0.01,
 * recon_x_cyc_w 10, recon_kl_cyc_w 0.01, LSGAN) applied here, in one place. The optimiser (Adam
 * 1e-4, β₁ 0.5 in the official code) is set in the run config's {@code training}.
 *
 * <pre>{@code
 * {"type": "unit", "network": {"type": "shared-latent"}, "discriminator": {"type": "patchgan"},
 *  "sharedBlocks": 1, "objective": "least-squares", "lambdaGan": 1, "lambdaReconstruction": 10,
 *  "lambdaKl": 0.01, "lambdaCycle": 10, "lambdaKlCycle": 0.01,
 *  "latentNoise": 1}
 * }</pre>
 *
 * @param network              the encoders and decoders (default {@code shared-latent})
 * @param discriminator        each domain's discriminator (default {@code patchgan})
 * @param sharedBlocks         the residual blocks the encoders share at their end and the decoders
 *                             at their start (default 1; at most the network's blocks)
 * @param objective            the adversarial objective (default least-squares)
 * @param lambdaGan            the adversarial term's weight (default 1)
 * @param lambdaReconstruction the L1 reconstruction's weight (default 10)
 * @param lambdaKl             the codes' KL term's weight (default 0.01)
 * @param lambdaCycle          the L1 cycle through the other domain's weight (default 10)
 * @param lambdaKlCycle        the KL term of the cycle's codes (default 0.01)
 * @param latentNoise          the standard deviation σ of the Gaussian noise added to a code before it is
 *                             decoded in training (default 1, UNIT's unit-variance q(z|x)); translation
 *                             decodes the code itself, without noise. A smaller σ trades the VAE's
 *                             smooth latent space for sharper decodings on a short run
 */
public record UnitConfig(NetworkConfig network, NetworkConfig discriminator, Integer sharedBlocks, String objective,
                         Double lambdaGan, Double lambdaReconstruction, Double lambdaKl, Double lambdaCycle,
                         Double lambdaKlCycle, Double latentNoise) implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public UnitConfig {
        network = network == null ? SharedLatentNetworkConfig.defaults() : network;
        discriminator = discriminator == null ? PatchGanNetworkConfig.defaults() : discriminator;
        sharedBlocks = ConfigChecks.count("unit.sharedBlocks", sharedBlocks, 1, "1 in UNIT");
        objective = ConfigChecks.objective("unit.objective", objective, LeastSquaresObjective.NAME);
        lambdaGan = ConfigChecks.weight("unit.lambdaGan", lambdaGan, 1, "1 in UNIT");
        lambdaReconstruction = ConfigChecks.weight("unit.lambdaReconstruction", lambdaReconstruction, 10, "10 in UNIT");
        lambdaKl = ConfigChecks.weight("unit.lambdaKl", lambdaKl, 0.01, "0.01 in UNIT");
        lambdaCycle = ConfigChecks.weight("unit.lambdaCycle", lambdaCycle, 10, "10 in UNIT");
        lambdaKlCycle = ConfigChecks.weight("unit.lambdaKlCycle", lambdaKlCycle, 0.01, "0.01 in UNIT");
        latentNoise = ConfigChecks.weight("unit.latentNoise", latentNoise, 1, "1 in UNIT");
    }

    /** All defaults. */
    public static UnitConfig defaults() {
        return new UnitConfig(null, null, null, null, null, null, null, null, null, null);
    }

    /** The loss weights: a VAE code (noise latentNoise), translations judged. */
    LatentLosses losses() {
        return new LatentLosses(lambdaGan, lambdaReconstruction, lambdaKl, lambdaCycle, lambdaKlCycle, 0, latentNoise, true);
    }
}
