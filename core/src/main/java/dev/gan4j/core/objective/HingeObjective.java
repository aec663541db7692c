package dev.gan4j.core.objective;

import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.tensor.Tensor;

/**
 * The hinge loss of geometric GAN and SAGAN: the discriminator is a margin classifier,
 * mean(relu(1 − real)) + mean(relu(1 + fake)), so scores beyond the margin no longer pull it;
 * the generator raises the critic's score of its samples, −mean(fake).
 */
public final class HingeObjective implements Objective {
    /** The config name, {@value}. */
    public static final String NAME = "hinge";

    /** The hinge objective. */
    public HingeObjective() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** mean(relu(1 − real)) + mean(relu(1 + fake)). */
    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return realScores.neg().add(1f).relu().mean().add(fakeScores.add(1f).relu().mean());
    }

    /** −mean(fake). */
    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.mean().neg();
    }

    @Override
    public String toString() {
        return NAME;
    }
}
