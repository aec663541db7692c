package dev.gan4j.core.objective;

import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.tensor.Tensor;

/**
 * Least-squares GAN (Mao et al., 2017) with the 0-1 coding: the discriminator's raw score is
 * regressed to 1 on real data and to 0 on generated data, ½·mean((real − 1)²) + ½·mean(fake²),
 * and the generator pushes the score of its samples to 1, ½·mean((fake − 1)²). The scores are
 * used as they are, with no sigmoid.
 */
public final class LeastSquaresObjective implements Objective {
    /** The config name, {@value}. */
    public static final String NAME = "least-squares";

    /** The least-squares objective. */
    public LeastSquaresObjective() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** ½·mean((real − 1)²) + ½·mean(fake²). */
    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return realScores.sub(1f).square().mean().add(fakeScores.square().mean()).mul(0.5f);
    }

    /** ½·mean((fake − 1)²). */
    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.sub(1f).square().mean().mul(0.5f);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
