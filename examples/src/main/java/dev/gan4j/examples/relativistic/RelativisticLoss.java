package dev.gan4j.examples.relativistic;

import dev.gan4j.core.tensor.Tensor;

/**
 * The relativistic losses of Jolicoeur-Martineau (2018), on the critic's raw scores C(x).
 *
 * <p>Paired (RSGAN): the critic learns to score a real sample above a generated one,
 * {@code L_D = BCE-with-logits(C(real) − C(fake), 1)}, and the generator the reverse,
 * {@code L_G = BCE-with-logits(C(fake) − C(real), 1)}, the i-th real sample paired with the i-th
 * fake. BCE-with-logits against 1 is {@code softplus(−x)}.
 *
 * <p>Averaged (RaSGAN): each sample is compared with the mean score of the other kind, and both
 * kinds contribute to both losses:
 * {@code L_D = ½ [BCE(C(real) − mean C(fake), 1) + BCE(C(fake) − mean C(real), 0)]} and
 * {@code L_G = ½ [BCE(C(fake) − mean C(real), 1) + BCE(C(real) − mean C(fake), 0)]}; BCE against 0
 * is {@code softplus(x)}.
 */
final class RelativisticLoss {
    private final boolean average;

    /** The paired loss, or the averaged one when {@code average}. */
    RelativisticLoss(boolean average) {
        this.average = average;
    }

    /** The critic's loss: real samples should score above fakes. Both are [N, 1]; for RSGAN, the same N. */
    Tensor criticLoss(Tensor realScores, Tensor fakeScores) {
        return favour(realScores, fakeScores);
    }

    /** The generator's loss: fakes should score above real samples. */
    Tensor generatorLoss(Tensor realScores, Tensor fakeScores) {
        return favour(fakeScores, realScores);
    }

    /** The loss that is low when {@code winners} score above {@code losers}. */
    private Tensor favour(Tensor winners, Tensor losers) {
        if (!average) {
            requirePaired(winners, losers);
            return winners.sub(losers).neg().softplus().mean();
        }
        Tensor winnersAbove = winners.sub(losers.mean()).neg().softplus().mean();
        Tensor losersBelow = losers.sub(winners.mean()).softplus().mean();
        return winnersAbove.add(losersBelow).mul(0.5f);
    }

    private static void requirePaired(Tensor a, Tensor b) {
        if (!a.shape().equals(b.shape())) {
            throw new IllegalArgumentException("The paired relativistic loss compares the i-th real score with the "
                    + "i-th fake one, so both need the same shape, but they are " + a.shape() + " and " + b.shape()
                    + "; draw as many fakes as there are real samples.");
        }
    }
}
