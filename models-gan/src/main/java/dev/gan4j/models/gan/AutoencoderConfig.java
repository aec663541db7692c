package dev.gan4j.models.gan;

import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "autoencoder"} family. Absent fields take their defaults here, in one place.
 *
 * <pre>{@code {"type": "autoencoder", "network": {"type": "mlp"}, "latentSize": 20, "reconstruction": null, "codeMomentum": 0.05}}</pre>
 *
 * @param network        the architecture of the encoder and the decoder (default mlp, hidden [256, 512])
 * @param latentSize     the size of the code (default 20)
 * @param reconstruction {@code "bce"} or {@code "mse"}; absent means bce for images, mse for vectors
 * @param codeMomentum   how fast the Gaussian that sampling draws codes from follows the codes of
 *                       recent batches, in (0, 1] (default 0.05); see {@link CodeDistribution}
 */
public record AutoencoderConfig(NetworkConfig network, Integer latentSize, String reconstruction, Double codeMomentum)
        implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public AutoencoderConfig {
        network = network == null ? MlpNetworkConfig.defaults() : network;
        latentSize = latentSize == null ? 20 : latentSize;
        codeMomentum = codeMomentum == null ? 0.05 : codeMomentum;
        if (latentSize <= 0) {
            throw new IllegalArgumentException("autoencoder.latentSize is " + latentSize
                    + ", but it must be 1 or more (20 is usual).");
        }
        if (!(codeMomentum > 0 && codeMomentum <= 1)) {
            throw new IllegalArgumentException("autoencoder.codeMomentum is " + codeMomentum
                    + ", but it must be in (0, 1]: the weight of each new batch in the fitted code distribution.");
        }
        Reconstruction.check("autoencoder.reconstruction", reconstruction);
    }

    /** All defaults. */
    public static AutoencoderConfig defaults() {
        return new AutoencoderConfig(null, null, null, null);
    }
}
