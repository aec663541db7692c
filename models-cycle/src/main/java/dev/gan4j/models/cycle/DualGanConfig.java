package dev.gan4j.models.cycle;

import dev.gan4j.core.network.PatchGanNetworkConfig;
import dev.gan4j.core.network.UnetNetworkConfig;
import dev.gan4j.core.objective.GradientPenalty;
import dev.gan4j.core.objective.Penalties;
import dev.gan4j.core.objective.WassersteinObjective;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "dualgan"} family (Yi et al. 2017, duxingren14/DualGAN): U-Net
 * translators, Wasserstein critics and L1 reconstruction, with defaults applied here, in one
 * place. The optimiser (RMSProp 5e-5) is set in the run config's {@code training}.
 *
 * <pre>{@code
 * {"type": "dualgan", "generator": {"type": "unet"}, "critic": {"type": "patchgan"},
 *  "lambdaA": 20, "lambdaB": 20, "penalty": "gradient-penalty", "penaltyWeight": 10, "weightClip": 0,
 *  "nCritic": 2}
 * }</pre>
 *
 * @param generator     both translators' network (default {@code unet} with batch norm, as DualGAN)
 * @param critic        both critics' network (default {@code patchgan} with instance norm: the
 *                      gradient penalty assumes each image's score depends on that image alone,
 *                      which batch norm would break)
 * @param lambdaA       the weight of A's reconstruction L1 error (default 20, the official code's
 *                      lambda_A; the paper's 100 to 1000 drown the critic: a 1-Lipschitz critic
 *                      moves an image's pixels by a gradient of norm at most 1, a mean L1 error
 *                      over a 28×28 image by λ/28, so at λ = 500 the translators stay the
 *                      identity their U-Net skips start near)
 * @param lambdaB       the weight of B's reconstruction L1 error (default 20)
 * @param penalty       {@code "gradient-penalty"} (default, WGAN-GP) or {@code "none"}
 * @param penaltyWeight γ, the penalty's weight (default 10)
 * @param weightClip    the critics' weight clip (default 0, off, with a penalty; 0.01 without one,
 *                      as the original DualGAN)
 * @param nCritic       critic steps per generator step (default 2, as the DualGAN paper)
 */
public record DualGanConfig(NetworkConfig generator, NetworkConfig critic, Double lambdaA, Double lambdaB,
                            String penalty, Double penaltyWeight, Double weightClip, Integer nCritic)
        implements FamilyConfig {
    /** The penalty value meaning none. */
    public static final String NO_PENALTY = "none";

    /** Applies the defaults and checks the fields, naming them. */
    public DualGanConfig {
        generator = generator == null ? UnetNetworkConfig.defaults() : generator;
        critic = critic == null ? PatchGanNetworkConfig.defaults() : critic;
        lambdaA = FamilyConfigs.nonNegative("dualgan.lambdaA", lambdaA == null ? 20.0 : lambdaA, "20 in DualGAN's code");
        lambdaB = FamilyConfigs.nonNegative("dualgan.lambdaB", lambdaB == null ? 20.0 : lambdaB, "20 in DualGAN's code");
        penalty = penalty == null ? GradientPenalty.NAME : penalty;
        if (!penalty.equals(NO_PENALTY) && !Penalties.names().contains(penalty)) {
            throw new IllegalArgumentException("dualgan.penalty is \"" + penalty + "\", but the known penalties are "
                    + String.join(", ", Penalties.names()) + " (or \"none\").");
        }
        boolean penalised = !penalty.equals(NO_PENALTY);
        if (!penalised && penaltyWeight != null) {
            throw new IllegalArgumentException("dualgan.penaltyWeight is " + penaltyWeight + ", but the penalty is "
                    + "\"none\"; remove penaltyWeight or set a penalty.");
        }
        penaltyWeight = penalised ? FamilyConfigs.nonNegative("dualgan.penaltyWeight",
                penaltyWeight == null ? Penalties.DEFAULT_WEIGHT : penaltyWeight, "10 in WGAN-GP") : null;
        weightClip = FamilyConfigs.nonNegative("dualgan.weightClip",
                weightClip == null ? (penalised ? 0.0 : WassersteinObjective.DEFAULT_CLIP) : weightClip,
                "0.01 as in DualGAN without a penalty, 0 for none");
        nCritic = nCritic == null ? 2 : nCritic;
        if (nCritic < 1) {
            throw new IllegalArgumentException("dualgan.nCritic is " + nCritic + ", but it must be 1 or more: the critic "
                    + "steps per generator step (2 in DualGAN).");
        }
    }

    /** All defaults. */
    public static DualGanConfig defaults() {
        return new DualGanConfig(null, null, null, null, null, null, null, null);
    }
}
