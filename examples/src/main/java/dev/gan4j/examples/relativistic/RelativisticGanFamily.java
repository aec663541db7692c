package dev.gan4j.examples.relativistic;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;

/**
 * The family {@code "rsgan"}: the relativistic standard GAN of Jolicoeur-Martineau (2018), whose
 * critic estimates how much more realistic a real sample is than a generated one, and, with
 * {@code "average": true}, its relativistic-average variant RaSGAN; see {@link RelativisticLoss}.
 *
 * <p>It is written only against core's public SPI and registered by this module's own
 * {@code META-INF/services/dev.gan4j.core.spi.GanFamily}: the way a third party adds a variant
 * without touching gan4j.
 */
public final class RelativisticGanFamily implements GanFamily {
    /** The family id, {@value}. */
    public static final String ID = "rsgan";

    /** The family; stateless. */
    public RelativisticGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Relativistic standard GAN (RSGAN, or RaSGAN with \"average\": true): the critic judges real against fake.";
    }

    @Override
    public Class<? extends FamilyConfig> configClass() {
        return RelativisticGanConfig.class;
    }

    @Override
    public GanSystem build(FamilyConfig config, DataSpec data, Rng initRng) {
        if (!(config instanceof RelativisticGanConfig relativistic)) {
            throw new IllegalArgumentException("The " + ID + " family builds from a RelativisticGanConfig, but was given "
                    + (config == null ? "null" : "a " + config.getClass().getSimpleName())
                    + "; give the family config \"type\": \"" + ID + "\".");
        }
        return RelativisticSystem.build(relativistic, data, initRng);
    }
}
