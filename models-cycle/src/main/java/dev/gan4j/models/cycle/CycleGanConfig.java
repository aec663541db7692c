package dev.gan4j.models.cycle;

import dev.gan4j.core.network.PatchGanNetworkConfig;
import dev.gan4j.core.network.ResnetNetworkConfig;
import dev.gan4j.core.objective.LeastSquaresObjective;
import dev.gan4j.core.objective.Objectives;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "cyclegan"} family (Zhu et al. 2017), with the defaults of the official
 * code (junyanz/pytorch-CycleGAN-and-pix2pix) applied here, in one place. The optimiser (Adam
 * 2e-4, β₁ 0.5) and the schedule (constant, then linear decay to zero over the second half) are
 * set in the run config's {@code training}, as for every family.
 *
 * <pre>{@code
 * {"type": "cyclegan", "generator": {"type": "resnet"}, "discriminator": {"type": "patchgan"},
 *  "objective": "least-squares", "lambdaCycle": 10, "lambdaIdentity": 0.5, "poolSize": 50}
 * }</pre>
 *
 * @param generator      both translators' network (default {@code resnet}: 64 base channels, 9
 *                       blocks from 256 pixels and 6 below, instance norm)
 * @param discriminator  both discriminators' network (default {@code patchgan}: 64 base channels,
 *                       3 layers, fewer on images under 56 pixels, instance norm)
 * @param objective      the adversarial objective (default least-squares, the official LSGAN)
 * @param lambdaCycle    the weight of each direction's cycle L1 loss (default 10; 0 turns the
 *                       cycle constraint off, which shows what it fixes)
 * @param lambdaIdentity the identity L1 loss's weight relative to lambdaCycle (default 0.5)
 * @param poolSize       past translations each discriminator draws from (default 50; 0 for none)
 */
public record CycleGanConfig(NetworkConfig generator, NetworkConfig discriminator, String objective,
                             Double lambdaCycle, Double lambdaIdentity, Integer poolSize) implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public CycleGanConfig {
        generator = generator == null ? ResnetNetworkConfig.defaults() : generator;
        discriminator = discriminator == null ? PatchGanNetworkConfig.defaults() : discriminator;
        objective = objective == null ? LeastSquaresObjective.NAME : objective;
        lambdaCycle = FamilyConfigs.nonNegative("cyclegan.lambdaCycle", lambdaCycle == null ? 10.0 : lambdaCycle,
                "10 in CycleGAN");
        lambdaIdentity = FamilyConfigs.nonNegative("cyclegan.lambdaIdentity",
                lambdaIdentity == null ? 0.5 : lambdaIdentity, "0.5 in CycleGAN");
        poolSize = poolSize == null ? 50 : poolSize;
        if (poolSize < 0) {
            throw new IllegalArgumentException("cyclegan.poolSize is " + poolSize + ", but it must be 0 (no pool) or "
                    + "more (50 in CycleGAN).");
        }
        if (!Objectives.names().contains(objective)) {
            throw new IllegalArgumentException("cyclegan.objective is \"" + objective + "\", but the known objectives "
                    + "are " + String.join(", ", Objectives.names()) + ".");
        }
    }

    /** All defaults. */
    public static CycleGanConfig defaults() {
        return new CycleGanConfig(null, null, null, null, null, null);
    }
}
