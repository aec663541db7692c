package dev.gan4j.core.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The settings of the {@code "resnet"} translation network (CycleGAN's ResNet generator).
 * Absent fields take their defaults here, in one place.
 *
 * <pre>{@code {"type": "resnet", "baseChannels": 64, "blocks": 9, "norm": "instance", "symmetries": false,
 *              "mixing": false}}</pre>
 *
 * @param baseChannels the channels of the first 7×7 convolution, doubled by each of the two
 *                     downsamplings (default 64, as the official code's ngf)
 * @param blocks       the residual blocks at the lowest resolution; absent chooses by image size
 *                     as the official code does: 9 for images of 256 pixels and more, 6 below
 * @param norm         {@code "instance"} (the default) or {@code "batch"}
 * @param mixing       whether a translator starts with a learned mixing of the image's rows and
 *                     columns, for translations that move content across the image, such as a
 *                     mirror image (default false, as CycleGAN; see {@link InputMixing}); encoders
 *                     built from this config have none
 * @param symmetries   whether a translator starts with a learned weighting of the image's turns
 *                     and mirror images, for translations that turn or mirror the whole image
 *                     (default false, as CycleGAN; see {@link InputMixing}); encoders built from
 *                     this config have none
 */
public record ResnetNetworkConfig(Integer baseChannels,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer blocks,
                                  String norm,
                                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean mixing,
                                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean symmetries)
        implements NetworkConfig {
    /** Applies the defaults and checks every field, naming it. */
    public ResnetNetworkConfig {
        baseChannels = baseChannels == null ? 64 : baseChannels;
        norm = ImageNorm.check(ResnetNetworkType.ID, norm, ImageNorm.INSTANCE);
        mixing = mixing != null && mixing;
        symmetries = symmetries != null && symmetries;
        if (baseChannels <= 0) {
            throw new IllegalArgumentException("The resnet network's baseChannels is " + baseChannels
                    + ", but it must be 1 or more (64 is CycleGAN's default).");
        }
        if (blocks != null && blocks < 0) {
            throw new IllegalArgumentException("The resnet network's blocks is " + blocks + ", but it must be 0 or "
                    + "more (6 or 9 in CycleGAN).");
        }
    }

    /** All defaults. */
    public static ResnetNetworkConfig defaults() {
        return new ResnetNetworkConfig(null, null, null, null, null);
    }

    /** The given channels, blocks (null: by image size), norm (null: instance) and mixing, without symmetries. */
    public ResnetNetworkConfig(Integer baseChannels, Integer blocks, String norm, Boolean mixing) {
        this(baseChannels, blocks, norm, mixing, null);
    }

    /** The given channels, blocks (null: by image size) and norm (null: instance), without mixing. */
    public ResnetNetworkConfig(Integer baseChannels, Integer blocks, String norm) {
        this(baseChannels, blocks, norm, null, null);
    }

    /** The residual blocks for images of side {@code side}: as set, else 9 from 256 pixels and 6 below. */
    public int blocksFor(int side) {
        return blocks != null ? blocks : side >= 256 ? 9 : 6;
    }
}
