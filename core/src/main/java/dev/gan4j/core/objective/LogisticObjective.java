package dev.gan4j.core.objective;

import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.tensor.Tensor;

/**
 * The discriminator's side of Goodfellow et al.'s game, shared by the minimax and non-saturating
 * objectives: D(x) = σ(score) is trained as a classifier, real to 1 and generated to 0, by binary
 * cross-entropy on the logits, softplus(−real) + softplus(fake) averaged. The two objectives
 * differ only in the generator's loss.
 */
abstract class LogisticObjective implements Objective {

    /** mean(softplus(−real)) + mean(softplus(fake)): −log D(x) − log(1 − D(G(z))), never forming σ. */
    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return Losses.bceWithLogits(realScores, 1f).add(Losses.bceWithLogits(fakeScores, 0f));
    }

    @Override
    public String toString() {
        return name();
    }
}
