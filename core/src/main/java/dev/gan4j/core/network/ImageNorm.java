package dev.gan4j.core.network;

import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.InstanceNorm2d;
import dev.gan4j.core.nn.Layer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The normalisation of the translation network types, by its config name: instance norm without an
 * affine map (CycleGAN's choice) or batch norm (pix2pix's and DualGAN's). As in the official
 * CycleGAN code, convolutions have biases except before a batch norm, where a bias is redundant.
 */
enum ImageNorm {
    /** InstanceNorm2d without an affine map. */
    INSTANCE("instance"),
    /** BatchNorm2d with its affine map and running statistics. */
    BATCH("batch");

    private final String configName;

    ImageNorm(String configName) {
        this.configName = configName;
    }

    /** The norm of a config name. */
    static ImageNorm of(String network, String name) {
        for (ImageNorm n : values()) {
            if (n.configName.equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException("The " + network + " network's norm is \"" + name + "\", but it must be one "
                + "of " + Arrays.stream(values()).map(n -> "\"" + n.configName + "\"").collect(Collectors.joining(", "))
                + ".");
    }

    /** Checks a config's norm name, returning it (null gives {@code fallback}). */
    static String check(String network, String name, ImageNorm fallback) {
        String chosen = name == null ? fallback.configName : name;
        of(network, chosen);
        return chosen;
    }

    /** The norm layer for {@code channels}. */
    Layer layer(int channels) {
        return this == INSTANCE ? new InstanceNorm2d(channels) : new BatchNorm2d(channels);
    }

    /** Whether a convolution before this norm has a bias. */
    boolean convBias() {
        return this != BATCH;
    }
}
