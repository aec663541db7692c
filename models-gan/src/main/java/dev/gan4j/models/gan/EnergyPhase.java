package dev.gan4j.models.gan;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ebm} family's only phase, over the score network's parameters: find negatives as the
 * inputs the score network rates highest, by Langevin dynamics started from the replay buffer
 * (or fresh noise), store them in the buffer, then push the scores of the real batch up and those
 * of the negatives down with the objective's discriminator loss, plus
 * scoreL2·(mean(D(real)²) + mean(D(neg)²)) so the scores stay near 0.
 *
 * <p>From the noise generator it draws, in this order: which chains start from the buffer and
 * from where, the fresh starting points, then the Langevin noise. Metrics: {@code d_loss} (the
 * objective's part), {@code d_real} and {@code d_fake} (mean scores of the real batch and the
 * negatives) and {@code score_l2}.
 */
final class EnergyPhase implements Phase {
    /** The phase's name, which configs key the score network's optimiser by. */
    static final String NAME = "score";

    private final Layer score;
    private final ReplayBuffer buffer;
    private final LangevinSampler sampler;
    private final Objective objective;
    private final float scoreL2;
    private final int[] sampleShape;

    EnergyPhase(Layer score, ReplayBuffer buffer, LangevinSampler sampler, Objective objective, double scoreL2,
                int[] sampleShape) {
        this.score = score;
        this.buffer = buffer;
        this.sampler = sampler;
        this.objective = objective;
        this.scoreL2 = (float) scoreL2;
        this.sampleShape = sampleShape.clone();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The score network's parameters, named as in the system's networks ({@code "score.0.weight"}). */
    @Override
    public List<Parameter> parameters() {
        return Parameter.prefixAll(EbmSystem.SCORE, score.parameters());
    }

    @Override
    public int repeats() {
        return 1;
    }

    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        Tensor real = batch.inputs();
        Tensor negatives = negatives(batch.size(), noise);
        Tensor realScores = score.forward(real);
        Tensor negativeScores = score.forward(negatives);
        Tensor contrast = objective.discriminatorLoss(realScores, negativeScores);
        Tensor l2 = realScores.square().mean().add(negativeScores.square().mean()).mul(scoreL2);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("d_loss", (double) contrast.item());
        metrics.put("d_real", mean(realScores));
        metrics.put("d_fake", mean(negativeScores));
        metrics.put("score_l2", (double) l2.item());
        return new PhaseLoss(contrast.add(l2), metrics);
    }

    /** Clips weights if the objective asks for it (it never does here, but the objective decides). */
    @Override
    public void afterStep() {
        objective.afterDiscriminatorStep(parameters());
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

    private static double mean(Tensor t) {
        double sum = 0;
        for (float v : t.data()) {
            sum += v;
        }
        return sum / t.size();
    }
}
