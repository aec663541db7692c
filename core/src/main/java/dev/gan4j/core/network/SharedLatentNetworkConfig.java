package dev.gan4j.core.network;

import dev.gan4j.core.spi.NetworkConfig;

/**
 * The settings of the {@code "shared-latent"} networks: convolutional encoders to a spatial latent
 * code and decoders back, as in UNIT (Liu, Breuel &amp; Kautz 2017). Absent fields take their
 * defaults here, in one place.
 *
 * <pre>{@code {"type": "shared-latent", "baseChannels": 32, "downsamplings": 2, "blocks": 3, "norm": "instance"}}</pre>
 *
 * @param baseChannels  the channels of the first 7×7 convolution, doubled by each downsampling (default 32)
 * @param downsamplings the stride-2 convolutions of an encoder (and transposed convolutions of a
 *                      decoder); the image side must be a multiple of 2^downsamplings (default 2)
 * @param blocks        the residual blocks at the lowest resolution in each encoder and each
 *                      decoder (default 3); a family may share the last of an encoder's blocks and
 *                      the first of a decoder's between domains, at most all of them
 * @param norm          {@code "instance"} (the default) or {@code "batch"}
 */
public record SharedLatentNetworkConfig(Integer baseChannels, Integer downsamplings, Integer blocks, String norm)
        implements NetworkConfig {
    /** Applies the defaults and checks every field, naming it. */
    public SharedLatentNetworkConfig {
        baseChannels = baseChannels == null ? 32 : baseChannels;
        downsamplings = downsamplings == null ? 2 : downsamplings;
        blocks = blocks == null ? 3 : blocks;
        norm = ImageNorm.check(SharedLatentNetworkType.ID, norm, ImageNorm.INSTANCE);
        if (baseChannels <= 0) {
            throw new IllegalArgumentException("The shared-latent network's baseChannels is " + baseChannels
                    + ", but it must be 1 or more (32 by default).");
        }
        if (downsamplings < 0 || downsamplings > 6) {
            throw new IllegalArgumentException("The shared-latent network's downsamplings is " + downsamplings
                    + ", but it must be between 0 and 6 (2 by default).");
        }
        if (blocks < 0) {
            throw new IllegalArgumentException("The shared-latent network's blocks is " + blocks
                    + ", but it must be 0 or more (3 by default).");
        }
    }

    /** All defaults. */
    public static SharedLatentNetworkConfig defaults() {
        return new SharedLatentNetworkConfig(null, null, null, null);
    }

    /** The channels of the latent code: baseChannels doubled by each downsampling. */
    public int latentChannels() {
        return baseChannels << downsamplings;
    }
}
