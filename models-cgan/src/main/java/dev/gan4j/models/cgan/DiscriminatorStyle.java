package dev.gan4j.models.cgan;

import java.util.Arrays;
import java.util.List;

/** How a conditional discriminator uses the condition, chosen by {@code cgan.discriminator}. */
enum DiscriminatorStyle {
    /**
     * The three-term loss of the seed (Reed et al.'s matching-aware discriminator): matched real
     * pairs high, generated pairs low, and real images paired with another class's condition low,
     * the last term weighted by {@code mismatchWeight}. Concatenation head.
     */
    MATCHING_AWARE("matching-aware"),
    /** The two-term conditional loss: matched real pairs high, generated pairs low. Concatenation head. */
    PLAIN("plain"),
    /** Miyato and Koyama's projection discriminator with the two-term loss. */
    PROJECTION("projection"),
    /** AC-GAN: an unconditional score plus a classifier of the class, trained on real and generated images. */
    AUXILIARY_CLASSIFIER("auxiliary-classifier");

    private final String configName;

    DiscriminatorStyle(String configName) {
        this.configName = configName;
    }

    /** The name in configs. */
    String configName() {
        return configName;
    }

    /** Every config name, in declaration order. */
    static List<String> configNames() {
        return Arrays.stream(values()).map(DiscriminatorStyle::configName).toList();
    }

    /** The style called {@code name}, or a sentence listing the styles. */
    static DiscriminatorStyle named(String name) {
        for (DiscriminatorStyle style : values()) {
            if (style.configName.equals(name)) {
                return style;
            }
        }
        throw new IllegalArgumentException("cgan.discriminator is \"" + name + "\", but it must be one of "
                + String.join(", ", configNames()) + ".");
    }
}
