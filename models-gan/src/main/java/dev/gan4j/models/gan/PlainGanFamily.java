package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;

/** The family {@code "gan"}: Goodfellow et al.'s game with fully connected networks by default; see {@link GanConfig}. */
public final class PlainGanFamily implements GanFamily {
    /** The family id, {@value}. */
    public static final String ID = "gan";

    /** The family; stateless. */
    public PlainGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Goodfellow et al.'s GAN: a generator against a discriminator, fully connected (mlp) networks by default.";
    }

    @Override
    public Class<? extends FamilyConfig> configClass() {
        return GanConfig.class;
    }

    @Override
    public GanSystem build(FamilyConfig config, DataSpec data, Rng initRng) {
        return AdversarialSystem.build(FamilyConfigs.require(ID, GanConfig.class, config).settings(), data, initRng);
    }
}
