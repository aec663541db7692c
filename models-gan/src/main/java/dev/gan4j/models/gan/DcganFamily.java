package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;

/** The family {@code "dcgan"}: the GAN game with DCGAN's convolutional networks by default; see {@link DcganConfig}. */
public final class DcganFamily implements GanFamily {
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
    public Class<? extends FamilyConfig> configClass() {
        return DcganConfig.class;
    }

    @Override
    public GanSystem build(FamilyConfig config, DataSpec data, Rng initRng) {
        return AdversarialSystem.build(FamilyConfigs.require(ID, DcganConfig.class, config).settings(), data, initRng);
    }
}
