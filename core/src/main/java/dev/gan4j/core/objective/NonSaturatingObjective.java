package dev.gan4j.core.objective;

import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.tensor.Tensor;

/**
 * Goodfellow et al.'s non-saturating game: the discriminator as in the minimax game, and the
 * generator maximises log D(G(z)) instead of minimising log(1 − D(G(z))), i.e. it minimises the
 * binary cross-entropy of its samples against the label "real": mean(softplus(−fake)). Same fixed
 * point, strong gradients when the discriminator wins. The default objective.
 */
public final class NonSaturatingObjective extends LogisticObjective {
    /** The config name, {@value}. */
    public static final String NAME = "non-saturating";

    /** The non-saturating objective. */
    public NonSaturatingObjective() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** mean(softplus(−fake)) = −mean(log D(G(z))). */
    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return Losses.bceWithLogits(fakeScores, 1f);
    }
}
