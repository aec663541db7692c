package dev.gan4j.models.gan;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/** The family {@code "gan"}: Goodfellow et al.'s game with fully connected networks by default; see {@link GanConfig}. */
public final class PlainGanFamily implements TypedGanFamily<GanConfig> {
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
    public Class<GanConfig> configClass() {
        return GanConfig.class;
    }

    @Override
    public GanSystem buildSystem(GanConfig config, BuildContext context) {
        return AdversarialSystem.build(config.settings(), context);
    }
}
