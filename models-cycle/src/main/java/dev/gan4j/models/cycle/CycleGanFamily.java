package dev.gan4j.models.cycle;

import dev.gan4j.core.objective.Objectives;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.train.ImagePool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The family {@code "cyclegan"}: unpaired translation between two domains with two generators,
 * two discriminators and the cycle constraint F(G(a)) ≈ a, G(F(b)) ≈ b; see {@link CycleGanConfig}.
 * Phases: {@code generator} (both generators, {@link CycleGeneratorLoss}) then
 * {@code discriminator} (both discriminators, loss halved, each fed through a pool of past
 * translations, {@link DomainCriticsLoss}). The pools are networks {@code pool_A} and
 * {@code pool_B}, so checkpoints keep them.
 */
public final class CycleGanFamily implements TypedGanFamily<CycleGanConfig> {
    /** The family id, {@value}. */
    public static final String ID = "cyclegan";
    /** The weight of the discriminators' loss, as the official code halves it. */
    static final double DISCRIMINATOR_SCALE = 0.5;

    /** The family; stateless. */
    public CycleGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Zhu et al.'s CycleGAN: unpaired image-to-image translation with two generators, two discriminators "
                + "and cycle consistency.";
    }

    @Override
    public Class<CycleGanConfig> configClass() {
        return CycleGanConfig.class;
    }

    @Override
    public GanSystem buildSystem(CycleGanConfig c, BuildContext context) {
        CycleNetworks nets = CycleNetworks.build(ID, c.generator(), c.discriminator(), context);
        Objective objective = Objectives.named(c.objective());
        ImagePool poolA = new ImagePool(c.poolSize(), nets.dataA().sampleShape());
        ImagePool poolB = new ImagePool(c.poolSize(), nets.dataB().sampleShape());
        Map<String, dev.gan4j.core.nn.Layer> state = new LinkedHashMap<>();
        state.put("pool_" + nets.a(), poolA);
        state.put("pool_" + nets.b(), poolB);
        return new CycleSystem(nets, List.of(
                CycleGeneratorLoss.phase(nets, objective, c.lambdaCycle(), c.lambdaCycle(), c.lambdaIdentity()),
                DomainCriticsLoss.phase(nets, objective, null, DISCRIMINATOR_SCALE, poolA, poolB, 1)), state);
    }
}
