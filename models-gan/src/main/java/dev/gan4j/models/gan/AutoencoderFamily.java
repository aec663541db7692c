package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;

/**
 * The family {@code "autoencoder"}: a deterministic autoencoder whose decoder, fed codes drawn
 * from a Gaussian fitted to recent training codes, serves as a generator for comparison; see
 * {@link AutoencoderConfig} and {@link CodeDistribution}.
 */
public final class AutoencoderFamily implements GanFamily {
    /** The family id, {@value}. */
    public static final String ID = "autoencoder";

    /** The family; stateless. */
    public AutoencoderFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A deterministic autoencoder; its decoder samples codes from a Gaussian fitted to recent training codes (a baseline).";
    }

    @Override
    public Class<? extends FamilyConfig> configClass() {
        return AutoencoderConfig.class;
    }

    @Override
    public GanSystem build(FamilyConfig config, DataSpec data, Rng initRng) {
        return AutoencoderSystem.build(FamilyConfigs.require(ID, AutoencoderConfig.class, config), data, initRng);
    }
}
