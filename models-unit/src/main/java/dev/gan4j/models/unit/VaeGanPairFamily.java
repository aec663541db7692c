package dev.gan4j.models.unit;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/**
 * The family {@code "vaegan-pair"}: one VAE-GAN per domain, trained independently, translating by
 * X's encoder then Y's decoder. Nothing makes the two latent spaces agree, so it is the baseline
 * that shows the misalignment the other families of this module fix; see {@link VaeGanPairConfig}.
 */
public final class VaeGanPairFamily implements TypedGanFamily<VaeGanPairConfig> {
    /** The family id, {@value}. */
    public static final String ID = "vaegan-pair";

    /** The family; stateless. */
    public VaeGanPairFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Two independent VAE-GANs, one per domain, translating by one's encoder and the other's decoder: the "
                + "baseline whose latent spaces do not line up.";
    }

    @Override
    public Class<VaeGanPairConfig> configClass() {
        return VaeGanPairConfig.class;
    }

    @Override
    public GanSystem buildSystem(VaeGanPairConfig c, BuildContext context) {
        LatentTranslationNetworks nets = LatentTranslationNetworks.build(ID, c.network(), 0, c.discriminator(), null,
                0, 2, context);
        return LatentTranslationBuild.system(nets, c.losses(), c.objective());
    }
}
