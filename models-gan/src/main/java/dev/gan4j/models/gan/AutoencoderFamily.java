package dev.gan4j.models.gan;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/**
 * The family {@code "autoencoder"}: a deterministic autoencoder whose decoder, fed codes drawn
 * from a Gaussian fitted to recent training codes, serves as a generator for comparison; see
 * {@link AutoencoderConfig} and {@link CodeDistribution}.
 */
public final class AutoencoderFamily implements TypedGanFamily<AutoencoderConfig> {
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
    public Class<AutoencoderConfig> configClass() {
        return AutoencoderConfig.class;
    }

    @Override
    public GanSystem buildSystem(AutoencoderConfig config, BuildContext context) {
        return AutoencoderSystem.build(config, context);
    }
}
