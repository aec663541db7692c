package dev.gan4j.models.gan;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/** The family {@code "vae"}: a variational autoencoder whose decoder is the generator, the baseline GANs are compared to; see {@link VaeConfig}. */
public final class VaeFamily implements TypedGanFamily<VaeConfig> {
    /** The family id, {@value}. */
    public static final String ID = "vae";

    /** The family; stateless. */
    public VaeFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Kingma and Welling's variational autoencoder; its decoder samples from N(0, I) as a generator (a baseline).";
    }

    @Override
    public Class<VaeConfig> configClass() {
        return VaeConfig.class;
    }

    @Override
    public GanSystem buildSystem(VaeConfig config, BuildContext context) {
        return VaeSystem.build(config, context);
    }
}
