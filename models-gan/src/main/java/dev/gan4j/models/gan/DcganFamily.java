package dev.gan4j.models.gan;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/** The family {@code "dcgan"}: the GAN game with DCGAN's convolutional networks by default; see {@link DcganConfig}. */
public final class DcganFamily implements TypedGanFamily<DcganConfig> {
    /** The family id, {@value}. */
    public static final String ID = "dcgan";

    /** The family; stateless. */
    public DcganFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Radford et al.'s DCGAN: the GAN game with a transposed-convolution generator and a convolutional discriminator.";
    }

    @Override
    public Class<DcganConfig> configClass() {
        return DcganConfig.class;
    }

    @Override
    public GanSystem buildSystem(DcganConfig config, BuildContext context) {
        return AdversarialSystem.build(config.settings(), context);
    }
}
