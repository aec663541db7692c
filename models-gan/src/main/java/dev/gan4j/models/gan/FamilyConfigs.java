package dev.gan4j.models.gan;

import dev.gan4j.core.spi.FamilyConfig;

/** The check each family makes that it was given its own config record. */
final class FamilyConfigs {
    private FamilyConfigs() {
    }

    /** {@code config} as the family's record, or a sentence saying which config the family takes. */
    static <C extends FamilyConfig> C require(String family, Class<C> configClass, FamilyConfig config) {
        if (!configClass.isInstance(config)) {
            throw new IllegalArgumentException("The " + family + " family builds from a " + configClass.getSimpleName()
                    + ", but was given " + (config == null ? "null" : "a " + config.getClass().getSimpleName())
                    + "; give the family config \"type\": \"" + family + "\".");
        }
        return configClass.cast(config);
    }
}
