package dev.gan4j.models.gan;

import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "vae"} family (Kingma and Welling, 2014). Absent fields take their
 * defaults here, in one place.
 *
 * <pre>{@code {"type": "vae", "network": {"type": "mlp"}, "latentSize": 20, "reconstruction": null, "beta": 1.0}}</pre>
 *
 * @param network        the architecture of the encoder and the decoder (default mlp, hidden [256, 512])
 * @param latentSize     the size of the latent code (default 20); the encoder outputs twice that,
 *                       the mean and the log-variance
 * @param reconstruction {@code "bce"} or {@code "mse"}; absent means bce for images, mse for vectors
 * @param beta           the weight of the KL term (default 1; above 1 is a β-VAE)
 */
public record VaeConfig(NetworkConfig network, Integer latentSize, String reconstruction, Double beta)
        implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public VaeConfig {
        network = network == null ? MlpNetworkConfig.defaults() : network;
        latentSize = latentSize == null ? 20 : latentSize;
        beta = beta == null ? 1.0 : beta;
        if (latentSize <= 0) {
            throw new IllegalArgumentException("vae.latentSize is " + latentSize + ", but it must be 1 or more (20 is usual).");
        }
        if (!(beta >= 0) || beta.isInfinite()) {
            throw new IllegalArgumentException("vae.beta is " + beta + ", but it must be a finite number of 0 or more (1 is "
                    + "the plain VAE).");
        }
        Reconstruction.check("vae.reconstruction", reconstruction);
    }

    /** All defaults. */
    public static VaeConfig defaults() {
        return new VaeConfig(null, null, null, null);
    }
}
