package dev.gan4j.models.unit;

import dev.gan4j.core.network.PatchGanNetworkConfig;
import dev.gan4j.core.network.SharedLatentNetworkConfig;
import dev.gan4j.core.objective.LeastSquaresObjective;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "combogan"} family (Anoosheh et al. 2018), with the defaults of the
 * official code (AAnoosheh/ComboGAN: LSGAN, λ_cycle 10, pools of 50) applied here, in one place.
 * The domains are those of the data ({@code data.domains}, two or more).
 *
 * <pre>{@code
 * {"type": "combogan", "network": {"type": "shared-latent"}, "discriminator": {"type": "patchgan"},
 *  "objective": "least-squares", "lambdaCycle": 10, "poolSize": 50}
 * }</pre>
 *
 * @param network       each domain's encoder and decoder (default {@code shared-latent}, nothing shared)
 * @param discriminator each domain's discriminator (default {@code patchgan})
 * @param objective     the adversarial objective (default least-squares)
 * @param lambdaCycle   the weight of each direction's L1 cycle x → E_A → D_B → E_B → D_A (default 10)
 * @param poolSize      past translations each discriminator draws from (default 50; 0 for none)
 */
public record ComboGanConfig(NetworkConfig network, NetworkConfig discriminator, String objective, Double lambdaCycle,
                             Integer poolSize) implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public ComboGanConfig {
        network = network == null ? SharedLatentNetworkConfig.defaults() : network;
        discriminator = discriminator == null ? PatchGanNetworkConfig.defaults() : discriminator;
        objective = ConfigChecks.objective("combogan.objective", objective, LeastSquaresObjective.NAME);
        lambdaCycle = ConfigChecks.weight("combogan.lambdaCycle", lambdaCycle, 10, "10 in ComboGAN");
        poolSize = ConfigChecks.count("combogan.poolSize", poolSize, 50, "50 in ComboGAN; 0 for none");
    }

    /** All defaults. */
    public static ComboGanConfig defaults() {
        return new ComboGanConfig(null, null, null, null, null);
    }

    /** The loss weights: deterministic codes, translations judged, the cycle only. */
    LatentLosses losses() {
        return new LatentLosses(1, 0, 0, lambdaCycle, 0, 0, 0, true);
    }
}
