package dev.gan4j.models.unit;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;

/**
 * The family {@code "combogan"}: N ≥ 2 domains with one encoder, one decoder and one
 * discriminator each (so a new domain adds three networks, not N more translators); each iteration
 * draws two domains A and B and trains the LSGAN translations A → B and B → A with the cycles
 * x_A → E_A → D_B → E_B → D_A ≈ x_A and the reverse, the discriminators fed through pools of past
 * translations (networks {@code pool_X}, kept in checkpoints); see {@link ComboGanConfig}.
 */
public final class ComboGanFamily implements TypedGanFamily<ComboGanConfig> {
    /** The family id, {@value}. */
    public static final String ID = "combogan";

    /** The family; stateless. */
    public ComboGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Anoosheh et al.'s ComboGAN: translation among N domains with one encoder, decoder and discriminator "
                + "per domain, two domains drawn each step, cycles through the latent code.";
    }

    @Override
    public Class<ComboGanConfig> configClass() {
        return ComboGanConfig.class;
    }

    @Override
    public GanSystem buildSystem(ComboGanConfig c, BuildContext context) {
        LatentTranslationNetworks nets = LatentTranslationNetworks.build(ID, c.network(), 0, c.discriminator(), null,
                c.poolSize(), Integer.MAX_VALUE, context);
        return LatentTranslationBuild.system(nets, c.losses(), c.objective());
    }
}
