package dev.gan4j.core.objective;

import dev.gan4j.core.tensor.Tensor;

/**
 * The original minimax game of Goodfellow et al. (2014): the generator minimises
 * log(1 − D(G(z))), exactly the discriminator's objective with the sign turned. With
 * D = σ(score), log(1 − σ(s)) = −softplus(s), so the loss is −mean(softplus(fake)), finite for
 * any score. Its gradient vanishes when the discriminator confidently rejects the samples
 * (early in training), which is why {@link NonSaturatingObjective} is the usual choice.
 */
public final class MinimaxObjective extends LogisticObjective {
    /** The config name, {@value}. */
    public static final String NAME = "minimax";

    /** The minimax objective. */
    public MinimaxObjective() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** −mean(softplus(fake)) = mean(log(1 − D(G(z)))). */
    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.softplus().mean().neg();
    }
}
