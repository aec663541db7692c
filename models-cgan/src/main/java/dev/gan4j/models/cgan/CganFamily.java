package dev.gan4j.models.cgan;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/**
 * The family {@code "cgan"}: a conditional GAN (Mirza and Osindero, 2014) that generates what it is
 * asked for, a class label or a short caption. Its system is a
 * {@link dev.gan4j.core.spi.ConditionalSystem}; see {@link CganConfig} for the discriminator
 * styles (matching-aware, plain, projection, auxiliary classifier) and the conditions.
 */
public final class CganFamily implements TypedGanFamily<CganConfig> {
    /** The family id, {@value}. */
    public static final String ID = "cgan";

    /** The family; stateless. */
    public CganFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A conditional GAN: generates a requested class label or caption; matching-aware, plain, projection or "
                + "auxiliary-classifier discriminator.";
    }

    @Override
    public Class<CganConfig> configClass() {
        return CganConfig.class;
    }

    @Override
    public GanSystem buildSystem(CganConfig config, BuildContext context) {
        return CganSystem.build(config, context);
    }
}
