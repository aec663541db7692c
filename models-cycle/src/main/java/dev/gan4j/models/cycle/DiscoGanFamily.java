package dev.gan4j.models.cycle;

import dev.gan4j.core.objective.NonSaturatingObjective;
import dev.gan4j.core.objective.Objectives;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;
import dev.gan4j.core.spi.Objective;
import java.util.List;
import java.util.Map;

/**
 * The family {@code "discogan"}: Kim et al.'s discovery of cross-domain relations, two
 * encoder-decoder translators against two batch-normalised discriminators with the binary
 * cross-entropy GAN loss, feature matching and a reconstruction curriculum; see
 * {@link DiscoGanConfig}. Phases: {@code generator} ({@link DiscoGanGeneratorLoss}) then
 * {@code discriminator} ({@link DomainCriticsLoss}, BCE halved as in the official code). The
 * curriculum's step count is the network {@code curriculum}, so checkpoints keep it.
 */
public final class DiscoGanFamily implements TypedGanFamily<DiscoGanConfig> {
    /** The family id, {@value}. */
    public static final String ID = "discogan";

    /** The family; stateless. */
    public DiscoGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Kim et al.'s DiscoGAN: unpaired translation with encoder-decoder generators, feature matching and "
                + "a reconstruction curriculum.";
    }

    @Override
    public Class<DiscoGanConfig> configClass() {
        return DiscoGanConfig.class;
    }

    @Override
    public GanSystem buildSystem(DiscoGanConfig c, BuildContext context) {
        CycleNetworks nets = CycleNetworks.build(ID, c.generator(), c.discriminator(), context);
        // binary cross-entropy with the generator's target "real": the non-saturating loss
        Objective objective = Objectives.named(NonSaturatingObjective.NAME);
        IterationCounter counter = new IterationCounter();
        return new CycleSystem(nets, List.of(DiscoGanGeneratorLoss.phase(nets, objective, c, counter),
                DomainCriticsLoss.phase(nets, objective, null, CycleGanFamily.DISCRIMINATOR_SCALE, null, null, 1)),
                Map.of("curriculum", counter));
    }
}
