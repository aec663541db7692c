package dev.gan4j.models.cycle;

import dev.gan4j.core.spi.FamilyConfig;

/** The checks each family of this module makes on its config's values, with messages naming the field. */
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

    /** Fails with a sentence unless {@code value} is a finite number of 0 or more. */
    static double nonNegative(String field, double value, String usual) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " is " + value + ", but it must be a finite number of 0 or more ("
                    + usual + ").");
        }
        return value;
    }
}
