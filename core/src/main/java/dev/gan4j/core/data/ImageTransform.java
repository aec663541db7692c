package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A built-in image transform that makes a second domain out of existing images, so a translation
 * can be learned without files and measured against a known answer: the ground truth of a
 * translated image is the transform of its source. Both transforms keep the class of a garment.
 */
public enum ImageTransform {
    /** Photographic negative: a pixel v in [−1, 1] becomes −v. */
    INVERT("invert"),
    /** Mirror left-right, then invert. */
    FLIP_INVERT("flip_invert");

    private final String configName;

    ImageTransform(String configName) {
        this.configName = configName;
    }

    /** The name in a config ({@code "invert"}, {@code "flip_invert"}). */
    public String configName() {
        return configName;
    }

    /**
     * The transform of a config name.
     *
     * @param field the config field, for the message ({@code "data.transform"})
     * @throws IllegalArgumentException listing the known names for an unknown one
     */
    public static ImageTransform byName(String name, String field) {
        for (ImageTransform t : values()) {
            if (t.configName.equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException(field + " is \"" + name + "\", but the known transforms are "
                + Arrays.stream(values()).map(t -> "\"" + t.configName + "\"").collect(Collectors.joining(", "))
                + " (or leave it out for the images as they are).");
    }

    /** The transformed images: a new tensor of the same shape, [N, C, H, W] with values in [−1, 1]. */
    public Tensor apply(Tensor images) {
        if (images.rank() != 4) {
            throw new IllegalArgumentException("The " + configName + " transform takes images [N, C, H, W], but got "
                    + images.shape() + ".");
        }
        int width = images.dim(3);
        float[] source = images.data();
        float[] out = new float[source.length];
        boolean flip = this == FLIP_INVERT;
        for (int row = 0; row < source.length / width; row++) {
            int base = row * width;
            for (int x = 0; x < width; x++) {
                out[base + x] = -source[base + (flip ? width - 1 - x : x)];
            }
        }
        return Tensor.of(out, images.dims());
    }
}
