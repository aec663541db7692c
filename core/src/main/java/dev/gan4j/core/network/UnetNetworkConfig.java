package dev.gan4j.core.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The settings of the {@code "unet"} translation network (the U-Net generator of pix2pix, which
 * DualGAN uses). Absent fields take their defaults here, in one place.
 *
 * <pre>{@code {"type": "unet", "baseChannels": 64, "downsamplings": 8, "norm": "batch", "skips": true,
 *              "symmetries": false, "mixing": false}}</pre>
 *
 * @param baseChannels  the channels of the first convolution, doubled at each level down to 8
 *                      times this (default 64, as the official code's ngf)
 * @param downsamplings the stride-2 levels; absent chooses the most the image side allows (up to
 *                      8, as the official unet_256): 2 for 28×28, 6 for 64×64, 7 for 128×128
 * @param norm          {@code "batch"} (the default, as pix2pix and DualGAN) or {@code "instance"}
 * @param skips         whether each level joins its input to its output (default true, a U-Net);
 *                      false gives the plain encoder-decoder of DiscoGAN, down to a bottleneck and back
 * @param mixing        whether a translator starts with a learned mixing of the image's rows and
 *                      columns, for translations that move content across the image, such as a
 *                      mirror image (default false, as pix2pix; see {@link InputMixing}); encoders
 *                      built from this config have none
 * @param symmetries    whether a translator starts with a learned weighting of the image's turns
 *                      and mirror images, for translations that turn or mirror the whole image
 *                      (default false, as pix2pix; see {@link InputMixing}); encoders built from
 *                      this config have none
 */
public record UnetNetworkConfig(Integer baseChannels,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Integer downsamplings,
                                String norm, Boolean skips,
                                @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean mixing,
                                @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean symmetries)
        implements NetworkConfig {
    /** The most levels chosen by default, as the official unet_256. */
    static final int MAX_DEFAULT_LEVELS = 8;

    /** Applies the defaults and checks every field, naming it. */
    public UnetNetworkConfig {
        baseChannels = baseChannels == null ? 64 : baseChannels;
        norm = ImageNorm.check(UnetNetworkType.ID, norm, ImageNorm.BATCH);
        skips = skips == null || skips;
        mixing = mixing != null && mixing;
        symmetries = symmetries != null && symmetries;
        if (baseChannels <= 0) {
            throw new IllegalArgumentException("The unet network's baseChannels is " + baseChannels
                    + ", but it must be 1 or more (64 is pix2pix's default).");
        }
        if (downsamplings != null && downsamplings < 1) {
            throw new IllegalArgumentException("The unet network's downsamplings is " + downsamplings + ", but it must "
                    + "be 1 or more, or absent to take as many as the image side allows.");
        }
    }

    /** All defaults. */
    public static UnetNetworkConfig defaults() {
        return new UnetNetworkConfig(null, null, null, null, null, null);
    }

    /** The given channels, levels, norm, skips and mixing (null: the defaults), without symmetries. */
    public UnetNetworkConfig(Integer baseChannels, Integer downsamplings, String norm, Boolean skips, Boolean mixing) {
        this(baseChannels, downsamplings, norm, skips, mixing, null);
    }

    /** The given channels, levels (null: by image size), norm (null: batch) and skips (null: on), without mixing. */
    public UnetNetworkConfig(Integer baseChannels, Integer downsamplings, String norm, Boolean skips) {
        this(baseChannels, downsamplings, norm, skips, null, null);
    }

    /** The given channels, levels (null: by image size) and norm (null: batch), with skip connections. */
    public UnetNetworkConfig(Integer baseChannels, Integer downsamplings, String norm) {
        this(baseChannels, downsamplings, norm, null, null, null);
    }

    /** The levels for images of side {@code side}: as set, else the most halvings (up to 8) that divide it. */
    public int downsamplingsFor(int side) {
        if (downsamplings != null) {
            return downsamplings;
        }
        int levels = 0;
        while (levels < MAX_DEFAULT_LEVELS && side % (1 << (levels + 1)) == 0) {
            levels++;
        }
        return levels;
    }
}
