package dev.gan4j.models.unit;

import dev.gan4j.core.objective.Objectives;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * The phases every family of this module runs, in this order within an iteration:
 * {@code discriminator} (the domains' discriminators, {@link LatentCriticsLoss}; it draws the
 * iteration's pair of domains), {@code latent_discriminator} (when there is one,
 * {@link LatentDomainCriticLoss}), then {@code generator} (every encoder and decoder,
 * {@link LatentGeneratorLoss}), as UNIT's trainer updates the discriminators before the generators.
 */
final class LatentTranslationBuild {
    private LatentTranslationBuild() {
    }

    static LatentTranslationSystem system(LatentTranslationNetworks nets, LatentLosses weights, String objectiveName) {
        Objective objective = Objectives.named(objectiveName);
        DomainPair pair = new DomainPair(nets.domains());
        LatentGeneratorLoss generator = new LatentGeneratorLoss(nets, weights, objective, pair);
        List<Phase> phases = new ArrayList<>();
        phases.add(LossPhase.of("discriminator", nets.criticNames(),
                new LatentCriticsLoss(nets, weights, objective, pair, generator))
                .withAfterStep(() -> nets.critics().values()
                        .forEach(c -> objective.afterDiscriminatorStep(c.network().parameters()))));
        if (nets.latentCritic() != null) {
            phases.add(LossPhase.of("latent_discriminator", List.of(LatentTranslationNetworks.LATENT_CRITIC),
                    new LatentDomainCriticLoss(nets)));
        }
        phases.add(LossPhase.of("generator", nets.codecNames(), generator));
        return new LatentTranslationSystem(nets, phases, weights.kl() > 0);
    }
}
