package dev.gan4j.models.unit;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/**
 * The family {@code "unit"}: a VAE-GAN per domain whose encoders share their last blocks and whose
 * decoders share their first (one parameter object in both), trained with KL, reconstruction,
 * adversarial translation and cycle terms through the shared latent code; see {@link UnitConfig}
 * and {@link LatentTranslationBuild} for the phases.
 */
public final class UnitFamily implements TypedGanFamily<UnitConfig> {
    /** The family id, {@value}. */
    public static final String ID = "unit";

    /** The family; stateless. */
    public UnitFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Liu, Breuel and Kautz's UNIT: unpaired translation through a shared latent space, VAE-GANs with "
                + "shared encoder and decoder layers and cycle consistency.";
    }

    @Override
    public Class<UnitConfig> configClass() {
        return UnitConfig.class;
    }

    @Override
    public GanSystem buildSystem(UnitConfig c, BuildContext context) {
        LatentTranslationNetworks nets = LatentTranslationNetworks.build(ID, c.network(), c.sharedBlocks(),
                c.discriminator(), null, 0, 2, context);
        return LatentTranslationBuild.system(nets, c.losses(), c.objective());
    }
}
