package dev.gan4j.models.gan;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/**
 * The family {@code "ebm"}: generation with a discriminator alone. A score network learns to rate
 * real data above negatives that Langevin dynamics finds as its own highest-scoring inputs, starting
 * from a replay buffer of earlier negatives (Du and Mordatch, 2019); see {@link EbmConfig}.
 */
public final class EbmFamily implements TypedGanFamily<EbmConfig> {
    /** The family id, {@value}. */
    public static final String ID = "ebm";

    /** The family; stateless. */
    public EbmFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A discriminator alone (energy-based model): negatives found by Langevin dynamics on its score, "
                + "from a replay buffer; samples are its highest-scoring inputs.";
    }

    @Override
    public Class<EbmConfig> configClass() {
        return EbmConfig.class;
    }

    @Override
    public GanSystem buildSystem(EbmConfig config, BuildContext context) {
        return EbmSystem.build(config, context);
    }
}
