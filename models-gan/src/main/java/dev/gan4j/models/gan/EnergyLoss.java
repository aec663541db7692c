package dev.gan4j.models.gan;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.objective.AdversarialGame;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * The loss of the {@code ebm} family's only phase, {@code "score"}, over the score network: find
 * negatives as the inputs the score network rates highest, by Langevin dynamics started from the replay buffer
 * (or fresh noise), store them in the buffer, then push the scores of the real batch up and those
 * of the negatives down with the objective's discriminator loss, plus
 * scoreL2·(mean(D(real)²) + mean(D(neg)²)) so the scores stay near 0.
 *
 * <p>From the noise generator it draws, in this order: which chains start from the buffer and
 * from where, the fresh starting points, the Langevin noise, then (with a positive data noise)
 * the noise added to the real batch, which is clamped to the data range after. Metrics: {@code d_loss} (the
 * objective's part), {@code d_real} and {@code d_fake} (mean scores of the real batch and the
 * negatives) and {@code score_l2}.
 */
final class EnergyLoss implements LossPhase.Loss {
    private final Layer score;
    private final ReplayBuffer buffer;
    private final LangevinSampler sampler;
    private final Objective objective;
    private final float scoreL2;
    private final float dataNoise;
    private final int[] sampleShape;

    EnergyLoss(Layer score, ReplayBuffer buffer, LangevinSampler sampler, Objective objective, double scoreL2,
                double dataNoise, int[] sampleShape) {
        this.score = score;
        this.buffer = buffer;
        this.sampler = sampler;
        this.objective = objective;
        this.scoreL2 = (float) scoreL2;
        this.dataNoise = (float) dataNoise;
        this.sampleShape = sampleShape.clone();
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        Tensor negatives = negatives(batch.size(), noise);
        Tensor real = dataNoise > 0 ? noisy(batch.inputs(), noise) : batch.inputs();
        Tensor realScores = score.forward(real);
        Tensor negativeScores = score.forward(negatives);
        Tensor contrast = objective.discriminatorLoss(realScores, negativeScores);
        Tensor l2 = realScores.square().mean().add(negativeScores.square().mean()).mul(scoreL2);
        return PhaseLoss.of(contrast.add(l2))
                .withMetric("d_loss", contrast.item())
                .withMetric("d_real", AdversarialGame.mean(realScores))
                .withMetric("d_fake", AdversarialGame.mean(negativeScores))
                .withMetric("score_l2", l2.item());
    }

    /** {@code real} plus Gaussian noise of standard deviation dataNoise, clamped to the data range. */
    private Tensor noisy(Tensor real, Rng noise) {
        float[] x = real.toArray();
        float[] added = new float[x.length];
        noise.fillGaussian(added, 0, dataNoise);
        float low = (float) sampler.settings().low();
        float high = (float) sampler.settings().high();
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(low, Math.min(high, x[i] + added[i]));
        }
        return Tensor.of(x, real.dims());
    }

    /** After each step: clips weights if the objective asks for it (none does in this family, but it decides). */
    void afterStep() {
        objective.afterDiscriminatorStep(score.parameters());
    }

    /**
     * {@code n} negatives: round(bufferFraction·n) chains continue from the buffer (none while it is
     * empty), the rest start from fresh noise; all run the configured Langevin steps and go into the buffer.
     */
    Tensor negatives(int n, Rng noise) {
        int fromBuffer = buffer.filled() == 0 ? 0
                : (int) Math.round(sampler.settings().bufferFraction() * n);
        Tensor start;
        if (fromBuffer == n) {
            start = buffer.draw(n, noise);
        } else if (fromBuffer == 0) {
            start = sampler.freshNoise(noise, n, sampleShape);
        } else {
            start = Tensor.concat(0, buffer.draw(fromBuffer, noise), sampler.freshNoise(noise, n - fromBuffer, sampleShape));
        }
        Tensor found = sampler.run(score, start, sampler.settings().steps(), noise);
        buffer.add(found);
        return found;
    }

}
