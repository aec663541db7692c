package dev.gan4j.core.spi;

/**
 * A {@link GanFamily} that builds from its own config record {@code C}: it implements
 * {@link #buildSystem} on the typed record, and the config check, with its message, is made here
 * once for every family.
 *
 * @param <C> the family's config record
 */
public interface TypedGanFamily<C extends FamilyConfig> extends GanFamily {
    /** The family's config record, registered under {@link #id()}. */
    @Override
    Class<C> configClass();

    /**
     * Builds the networks and the optimisation phases from this family's config.
     *
     * @throws IllegalArgumentException with a sentence naming the field when the config does not fit the data
     */
    GanSystem buildSystem(C config, BuildContext context);

    /** Checks that {@code config} is this family's record, then {@link #buildSystem builds}. */
    @Override
    default GanSystem build(FamilyConfig config, BuildContext context) {
        return buildSystem(requireConfig(id(), configClass(), config), context);
    }

    /**
     * {@code config} as the family's record.
     *
     * @param familyId    the family's id, for the message
     * @param configClass the record the family builds from
     * @throws IllegalArgumentException saying which config the family takes, when {@code config} is another
     */
    static <C extends FamilyConfig> C requireConfig(String familyId, Class<C> configClass, FamilyConfig config) {
        if (!configClass.isInstance(config)) {
            throw new IllegalArgumentException("The " + familyId + " family builds from a " + configClass.getSimpleName()
                    + ", but was given " + (config == null ? "null" : "a " + config.getClass().getSimpleName())
                    + "; give the family config \"type\": \"" + familyId + "\".");
        }
        return configClass.cast(config);
    }
}
