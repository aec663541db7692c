package dev.gan4j.models.cycle;

import dev.gan4j.core.objective.Objectives;
import dev.gan4j.core.objective.Penalties;
import dev.gan4j.core.objective.WassersteinObjective;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TypedGanFamily;
import dev.gan4j.core.spi.Objective;
import java.util.List;
import java.util.Map;

/**
 * The family {@code "dualgan"}: the dual-learning translation of Yi et al. (2017), two U-Net
 * translators trained against two Wasserstein critics with L1 reconstruction; see
 * {@link DualGanConfig}. Phases: {@code generator} ({@link CycleGeneratorLoss} with the
 * Wasserstein generator loss, λ_A and λ_B, no identity term) then {@code discriminator}
 * ({@link DomainCriticsLoss}: the critics' Wasserstein loss plus the gradient penalty, or weight
 * clipping, nCritic times).
 */
public final class DualGanFamily implements TypedGanFamily<DualGanConfig> {
    /** The family id, {@value}. */
    public static final String ID = "dualgan";

    /** The family; stateless. */
    public DualGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Yi et al.'s DualGAN: unpaired translation by dual learning, U-Net translators against Wasserstein "
                + "critics with L1 reconstruction.";
    }

    @Override
    public Class<DualGanConfig> configClass() {
        return DualGanConfig.class;
    }

    @Override
    public GanSystem buildSystem(DualGanConfig c, BuildContext context) {
        CycleNetworks nets = CycleNetworks.build(ID, c.generator(), c.critic(), context);
        Objective objective = Objectives.named(WassersteinObjective.NAME, c.weightClip());
        var penalty = c.penalty().equals(DualGanConfig.NO_PENALTY) ? null : Penalties.named(c.penalty(), c.penaltyWeight());
        return new CycleSystem(nets, List.of(
                CycleGeneratorLoss.phase(nets, objective, c.lambdaA(), c.lambdaB(), 0),
                DomainCriticsLoss.phase(nets, objective, penalty, 1.0, null, null, c.nCritic())), Map.of());
    }
}
