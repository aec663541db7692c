package dev.gan4j.models.unit;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/**
 * The family {@code "latent-domain"}: per-domain encoders and decoders with nothing shared, aligned
 * by a discriminator on the latent codes (phase {@code latent_discriminator}) that both encoders
 * are trained to leave unsure; see {@link LatentDomainConfig}.
 */
public final class LatentDomainFamily implements TypedGanFamily<LatentDomainConfig> {
    /** The family id, {@value}. */
    public static final String ID = "latent-domain";

    /** The family; stateless. */
    public LatentDomainFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Unpaired translation through a latent space aligned by a domain discriminator on the codes, which "
                + "both encoders leave unsure.";
    }

    @Override
    public Class<LatentDomainConfig> configClass() {
        return LatentDomainConfig.class;
    }

    @Override
    public GanSystem buildSystem(LatentDomainConfig c, BuildContext context) {
        LatentTranslationNetworks nets = LatentTranslationNetworks.build(ID, c.network(), 0, c.discriminator(),
                c.latentDiscriminator(), 0, 2, context);
        return LatentTranslationBuild.system(nets, c.losses(), c.objective());
    }
}
