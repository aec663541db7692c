package dev.gan4j.core.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The settings of the {@code "patchgan"} discriminator (the N-layer PatchGAN of CycleGAN and
 * pix2pix). Absent fields take their defaults here, in one place.
 *
 * <pre>{@code {"type": "patchgan", "baseChannels": 64, "layers": 3, "norm": "instance"}}</pre>
 *
 * @param baseChannels the channels of the first convolution, doubled by each later one up to 8
 *                     times this (default 64, the official ndf)
 * @param layers       the stride-2 convolutions; absent takes the official 3 where the image
 *                     leaves at least a 7×7 map after them, fewer on smaller images (2 on 28×28,
 *                     whose scores then come from a 5×5 map of patches instead of a single one)
 * @param norm         {@code "instance"} (the default, as CycleGAN) or {@code "batch"}
 */
public record PatchGanNetworkConfig(Integer baseChannels,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) Integer layers,
                                    String norm) implements NetworkConfig {
    /** The official number of stride-2 layers. */
    static final int OFFICIAL_LAYERS = 3;
    /** The smallest map side the default number of layers keeps. */
    static final int SMALLEST_DEFAULT_MAP = 7;

    /** Applies the defaults and checks every field, naming it. */
    public PatchGanNetworkConfig {
        baseChannels = baseChannels == null ? 64 : baseChannels;
        norm = ImageNorm.check(PatchGanNetworkType.ID, norm, ImageNorm.INSTANCE);
        if (baseChannels <= 0) {
            throw new IllegalArgumentException("The patchgan network's baseChannels is " + baseChannels
                    + ", but it must be 1 or more (64 is CycleGAN's default).");
        }
        if (layers != null && layers < 1) {
            throw new IllegalArgumentException("The patchgan network's layers is " + layers + ", but it must be 1 or "
                    + "more (3 in CycleGAN), or absent to choose by image size.");
        }
    }

    /** All defaults. */
    public static PatchGanNetworkConfig defaults() {
        return new PatchGanNetworkConfig(null, null, null);
    }

    /** The stride-2 layers for images of side {@code side}: as set, else up to 3 keeping a map of 7 or more. */
    public int layersFor(int side) {
        if (layers != null) {
            return layers;
        }
        int n = OFFICIAL_LAYERS;
        while (n > 1 && (side >> n) < SMALLEST_DEFAULT_MAP) {
            n--;
        }
        return n;
    }
}
