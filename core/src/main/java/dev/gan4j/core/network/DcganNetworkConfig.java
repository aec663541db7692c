package dev.gan4j.core.network;

import dev.gan4j.core.spi.NetworkConfig;

/**
 * The settings of the {@code "dcgan"} network type (Radford et al., 2016). Absent fields take
 * their defaults here, in one place.
 *
 * <pre>{@code {"type": "dcgan", "baseChannels": 64, "leakySlope": 0.2, "discriminatorBatchNorm": true, "init": "dcgan"}}</pre>
 *
 * @param baseChannels           the channels of the generator's last and the discriminator's first
 *                               convolution; each stage doubles them away from the image (default 64,
 *                               which on 28×28 images is the reference DCGAN of {@code gan4j bench})
 * @param leakySlope             the negative slope of the discriminator's and encoder's leaky
 *                               rectifiers (default 0.2)
 * @param discriminatorBatchNorm whether the discriminator and encoder batch-normalise their inner
 *                               convolutions (default true); turn it off for a gradient penalty,
 *                               which assumes each sample's score depends on that sample alone
 * @param init                   {@code "dcgan"}: weights N(0, 0.02), batch-norm scales N(1, 0.02),
 *                               biases 0, as in the paper (the default); {@code "pytorch"}: PyTorch's
 *                               default initialisation, as the benchmark script leaves it
 */
public record DcganNetworkConfig(Integer baseChannels, Double leakySlope, Boolean discriminatorBatchNorm,
                                 String init) implements NetworkConfig {
    /** The paper's initialisation. */
    public static final String DCGAN_INIT = "dcgan";
    /** PyTorch's default initialisation. */
    public static final String PYTORCH_INIT = "pytorch";

    /** Applies the defaults and checks every field, naming it. */
    public DcganNetworkConfig {
        baseChannels = baseChannels == null ? 64 : baseChannels;
        leakySlope = leakySlope == null ? 0.2 : leakySlope;
        discriminatorBatchNorm = discriminatorBatchNorm == null || discriminatorBatchNorm;
        init = init == null ? DCGAN_INIT : init;
        if (baseChannels <= 0) {
            throw new IllegalArgumentException("The dcgan network's baseChannels is " + baseChannels
                    + ", but it must be 1 or more (64 is the DCGAN default).");
        }
        if (!Double.isFinite(leakySlope)) {
            throw new IllegalArgumentException("The dcgan network's leakySlope is " + leakySlope
                    + ", but it must be a finite number (0.2 is usual).");
        }
        if (!init.equals(DCGAN_INIT) && !init.equals(PYTORCH_INIT)) {
            throw new IllegalArgumentException("The dcgan network's init is \"" + init + "\", but it must be \""
                    + DCGAN_INIT + "\" or \"" + PYTORCH_INIT + "\".");
        }
    }

    /** All defaults. */
    public static DcganNetworkConfig defaults() {
        return new DcganNetworkConfig(null, null, null, null);
    }

    /** The given base channels, other fields at their defaults. */
    public static DcganNetworkConfig withBaseChannels(int baseChannels) {
        return new DcganNetworkConfig(baseChannels, null, null, null);
    }
}
