package dev.gan4j.models.gan;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Penalty;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discriminator's (critic's) phase: score a real batch and a batch of generated samples,
 * drawn from the noise generator and detached from the generator, and minimise the objective's
 * discriminator loss plus the penalty, if any. After each step the objective may clip the
 * critic's weights (Wasserstein). Metrics: {@code d_loss} (the objective's part), {@code d_real}
 * and {@code d_fake} (mean raw scores), and the penalty under its name.
 */
final class DiscriminatorPhase implements Phase {
    /** The phase's name, which configs key the discriminator's optimiser by. */
    static final String NAME = "discriminator";

    private final Generator generator;
    private final Discriminator discriminator;
    private final Objective objective;
    private final Penalty penalty;
    private final int repeats;

    DiscriminatorPhase(Generator generator, Discriminator discriminator, Objective objective, Penalty penalty,
                       int repeats) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.objective = objective;
        this.penalty = penalty;
        this.repeats = repeats;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The discriminator's parameters, named as in the system's networks ({@code "discriminator.0.weight"}). */
    @Override
    public List<Parameter> parameters() {
        return Parameter.prefixAll(AdversarialSystem.DISCRIMINATOR, discriminator.network().parameters());
    }

    @Override
    public int repeats() {
        return repeats;
    }

    /** Draws the noise first, then (for the gradient penalty) the interpolation coefficients. */
    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        Tensor real = batch.inputs();
        Tensor z = Tensor.randn(noise, batch.size(), generator.latentSize());
        Tensor fake;
        // the generator gets no gradient here, so its forward pass records no graph
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            fake = generator.generate(z).detach();
        }
        Tensor realScores = discriminator.score(real);
        Tensor fakeScores = discriminator.score(fake);
        Tensor adversarial = objective.discriminatorLoss(realScores, fakeScores);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("d_loss", (double) adversarial.item());
        metrics.put("d_real", mean(realScores));
        metrics.put("d_fake", mean(fakeScores));
        Tensor loss = adversarial;
        if (penalty != null) {
            Tensor value = penalty.compute(discriminator.network(), real, fake, noise);
            metrics.put(penalty.name(), (double) value.item());
            loss = loss.add(value);
        }
        return new PhaseLoss(loss, metrics);
    }

    /** Clips the critic's weights when the objective asks for it. */
    @Override
    public void afterStep() {
        objective.afterDiscriminatorStep(parameters());
    }

    private static double mean(Tensor t) {
        double sum = 0;
        for (float v : t.data()) {
            sum += v;
        }
        return sum / t.size();
    }
}
