package dev.gan4j.examples.relativistic;

import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "rsgan"} family. Absent fields take their defaults here, in one place.
 *
 * <pre>{@code {"type": "rsgan", "network": {"type": "mlp", "hiddenSizes": [128, 128]}, "latentSize": 2, "average": false}}</pre>
 *
 * @param network    the architecture of the generator and the critic, any registered network
 *                   type (default {@code {"type": "mlp"}} with its own defaults)
 * @param latentSize the size of a noise vector (default 100)
 * @param average    false (the default) for RSGAN, which compares each real sample with one fake;
 *                   true for RaSGAN, which compares each sample with the mean score of the other kind
 */
public record RelativisticGanConfig(NetworkConfig network, Integer latentSize, Boolean average)
        implements FamilyConfig {
    /** The noise size when none is given. */
    public static final int DEFAULT_LATENT_SIZE = 100;

    /** Applies the defaults and checks the fields, naming them. */
    public RelativisticGanConfig {
        network = network == null ? MlpNetworkConfig.defaults() : network;
        latentSize = latentSize == null ? DEFAULT_LATENT_SIZE : latentSize;
        average = average != null && average;
        if (latentSize <= 0) {
            throw new IllegalArgumentException(RelativisticGanFamily.ID + ".latentSize is " + latentSize
                    + ", but it must be 1 or more (100 is usual for images, 2 for the toy mixtures).");
        }
    }

    /** All defaults: mlp networks, 100 noise values, the paired (not averaged) game. */
    public static RelativisticGanConfig defaults() {
        return new RelativisticGanConfig(null, null, null);
    }
}
