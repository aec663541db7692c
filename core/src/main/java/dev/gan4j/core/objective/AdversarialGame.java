package dev.gan4j.core.objective;

import dev.gan4j.core.augment.DifferentiableAugmentation;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Penalty;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The losses of a generator-against-critic game with an objective and an optional penalty, as
 * an adversarial family's phases compute them, so every family scores, penalises, clips and logs
 * the same way.
 *
 * <ul>
 *   <li>critic: the objective's discriminator loss on real and generated scores plus the penalty;
 *       metrics {@code d_loss} (the objective's part), {@code d_real} and {@code d_fake} (mean raw
 *       scores), and the penalty under its name;</li>
 *   <li>generator: the objective's generator loss; metric {@code g_loss};</li>
 *   <li>after each critic step: the objective's weight clipping (Wasserstein), if any.</li>
 * </ul>
 *
 * <p>With differentiable augmentation, the critic sees every batch, real and generated, through
 * the same random transforms (drawn afresh for each batch), in both phases, and the penalty is
 * taken on the augmented real batch, as StyleGAN2-ADA does.
 */
public final class AdversarialGame {
    private final Objective objective;
    private final Penalty penalty;
    private final DifferentiableAugmentation augmentation;

    /** The game of {@code settings}: its objective, penalty and augmentation. */
    public AdversarialGame(AdversarialSettings settings) {
        this(settings.buildObjective(), settings.buildPenalty(),
                settings.augment() == null ? null : new DifferentiableAugmentation(settings.augment()));
    }

    /** The game of an objective and a penalty (null for none), without augmentation. */
    public AdversarialGame(Objective objective, Penalty penalty) {
        this(objective, penalty, null);
    }

    /** The game of an objective, a penalty and an augmentation (null for none). */
    public AdversarialGame(Objective objective, Penalty penalty, DifferentiableAugmentation augmentation) {
        this.objective = java.util.Objects.requireNonNull(objective, "objective");
        this.penalty = penalty;
        this.augmentation = augmentation;
    }

    /** The objective. */
    public Objective objective() {
        return objective;
    }

    /**
     * The critic's loss on a real batch and generated samples already detached from the
     * generator; the augmentation, if any, draws its transforms of the real batch and then of the
     * generated one from {@code rng}, and the penalty its numbers after everything else.
     *
     * @param critic the critic, from samples to raw scores [N, 1]
     */
    public PhaseLoss criticLoss(Layer critic, Tensor real, Tensor fake, Rng rng) {
        if (augmentation != null) {
            real = augmentation.apply(real, rng);
            fake = augmentation.apply(fake, rng);
        }
        Tensor realScores = critic.forward(real);
        Tensor fakeScores = critic.forward(fake);
        Tensor adversarial = objective.discriminatorLoss(realScores, fakeScores);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("d_loss", (double) adversarial.item());
        metrics.put("d_real", mean(realScores));
        metrics.put("d_fake", mean(fakeScores));
        Tensor loss = adversarial;
        if (penalty != null) {
            Tensor value = penalty.compute(critic, real, fake, rng);
            metrics.put(penalty.name(), (double) value.item());
            loss = loss.add(value);
        }
        return new PhaseLoss(loss, metrics);
    }

    /**
     * The generator's loss on its samples {@code fake} (with their graph): the critic scores them
     * through the augmentation, if any, whose transforms are drawn from {@code rng}.
     */
    public PhaseLoss generatorLoss(Layer critic, Tensor fake, Rng rng) {
        return generatorLoss(critic.forward(augmentation == null ? fake : augmentation.apply(fake, rng)));
    }

    /** The generator's loss from the critic's raw scores of its samples, with their graph. */
    public PhaseLoss generatorLoss(Tensor fakeScores) {
        Tensor loss = objective.generatorLoss(fakeScores);
        return new PhaseLoss(loss, Map.of("g_loss", (double) loss.item()));
    }

    /** Clips the critic's weights when the objective asks for it; call after each critic step. */
    public void afterCriticStep(Layer critic) {
        objective.afterDiscriminatorStep(critic.parameters());
    }

    /** The mean of a tensor's values, summed in double so the logged figure does not depend on the order. */
    public static double mean(Tensor t) {
        double sum = 0;
        for (float v : t.data()) {
            sum += v;
        }
        return sum / t.size();
    }
}
