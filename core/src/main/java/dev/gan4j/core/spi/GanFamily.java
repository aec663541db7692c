package dev.gan4j.core.spi;

/**
 * A GAN variant, as a plugin: a jar on the classpath with a
 * {@code META-INF/services/dev.gan4j.core.spi.GanFamily} entry naming the implementation.
 *
 * <p>Implementations are small and stateless, with a public no-argument constructor;
 * {@link java.util.ServiceLoader} creates them once at start-up. The heavy objects (networks,
 * optimisation phases) are made by {@link #build}. Most families implement {@link TypedGanFamily},
 * which checks the config's type once for all of them.
 */
public interface GanFamily {
    /** The id used in configs and on the command line ({@code "dcgan"}); lower case, unique. */
    String id();

    /** One sentence for {@code gan4j families}. */
    String description();

    /**
     * The family's config record. Jackson registers it as a subtype of {@link FamilyConfig}
     * named by {@link #id()}, so a run config's {@code "family": {"type": "<id>", ...}} reads it.
     */
    Class<? extends FamilyConfig> configClass();

    /**
     * Builds the networks and the optimisation phases for data of the given kind.
     *
     * @param config  this family's config (an instance of {@link #configClass()})
     * @param context the data's shape, the initialisation generator and the installed network types
     * @throws IllegalArgumentException with a sentence naming the field when the config does not fit the data
     */
    GanSystem build(FamilyConfig config, BuildContext context);
}
