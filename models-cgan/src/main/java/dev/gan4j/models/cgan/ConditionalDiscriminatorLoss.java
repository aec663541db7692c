package dev.gan4j.models.cgan;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.objective.AdversarialGame;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Penalty;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss of the conditional discriminator's phase. Each real image x_i of class k_i gets the condition c_i
 * of its class (for captions, one of the class's training captions); the generator, detached,
 * makes G(c_i, z_i). With the objective's discriminator loss L(real, generated) = A(real) + B(generated)
 * (true of every core objective), the styles minimise:
 *
 * <ul>
 *   <li>plain and projection: L(D(c, x), D(c, G(c, z)));</li>
 *   <li>matching-aware: the seed's three terms A(D(c, x)) + B(D(c, G(c, z))) + w·B(D(c̃, x)), with c̃_i
 *       the condition of another class than k_i, drawn uniformly: each real image is also shown
 *       with a wrong condition and must score low. Computed as L(D(c, x), D(c, G)) + w·L(sg[D(c, x)],
 *       D(c̃, x)), sg stopping the gradient: its gradient is exactly that of the three terms for any
 *       such objective, and its value adds the constant w·A(D(c, x));</li>
 *   <li>auxiliary-classifier: L(D(x), D(G(c, z))) + classWeight·(CE(real logits, k) + CE(generated logits, k)).</li>
 * </ul>
 *
 * The penalty, if any, judges each sample under its own condition. Draws from the noise
 * generator, in order: the conditions, z, the mismatched classes and their conditions
 * (matching-aware), then the penalty's numbers. Metrics: {@code d_loss}, {@code d_real},
 * {@code d_fake}, {@code d_mismatch} (matching-aware), {@code d_class} (auxiliary classifier, the
 * class loss), and the penalty under its name.
 */
final class ConditionalDiscriminatorLoss implements LossPhase.Loss {
    private final ConditionalGenerator generator;
    private final ConditionalDiscriminator discriminator;
    private final ConditionSource conditions;
    private final CganConfig config;
    private final Objective objective;
    private final Penalty penalty;

    ConditionalDiscriminatorLoss(ConditionalGenerator generator, ConditionalDiscriminator discriminator,
                                 ConditionSource conditions, CganConfig config) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.conditions = conditions;
        this.config = config;
        this.objective = config.settings().buildObjective();
        this.penalty = config.settings().buildPenalty();
    }

    /** Clips the critic's weights when the objective asks for it: after each step of the phase. */
    void afterStep() {
        objective.afterDiscriminatorStep(discriminator.parameters());
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        int[] labels = BatchLabels.of(batch);
        Tensor real = batch.inputs();
        Tensor condition = conditions.forClasses(labels, noise);
        Tensor z = Tensor.randn(noise, batch.size(), generator.latentSize());
        Tensor fake;
        // the generator gets no gradient here, so its forward pass records no graph
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            fake = generator.forward(List.of(z, condition)).detach();
        }
        Tensor realOutputs = discriminator.forward(List.of(real, condition));
        Tensor fakeOutputs = discriminator.forward(List.of(fake, condition));
        Tensor realScores = realOutputs.slice(1, 0, 1);
        Tensor fakeScores = fakeOutputs.slice(1, 0, 1);
        Tensor adversarial = objective.discriminatorLoss(realScores, fakeScores);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("d_real", mean(realScores));
        metrics.put("d_fake", mean(fakeScores));
        switch (config.style()) {
            case MATCHING_AWARE -> {
                int[] wrong = MismatchedClasses.draw(labels, conditions.classNames().size(), noise);
                Tensor wrongCondition = conditions.forClasses(wrong, noise);
                Tensor mismatchScores = discriminator.forward(List.of(real, wrongCondition)).slice(1, 0, 1);
                metrics.put("d_mismatch", mean(mismatchScores));
                adversarial = adversarial.add(objective.discriminatorLoss(realScores.detach(), mismatchScores)
                        .mul(config.mismatchWeight().floatValue()));
            }
            case AUXILIARY_CLASSIFIER -> {
                int classes = conditions.classNames().size();
                Tensor classLoss = Losses.crossEntropy(realOutputs.slice(1, 1, 1 + classes), labels)
                        .add(Losses.crossEntropy(fakeOutputs.slice(1, 1, 1 + classes), labels));
                metrics.put("d_class", (double) classLoss.item());
                adversarial = adversarial.add(classLoss.mul(config.classWeight().floatValue()));
            }
            case PLAIN, PROJECTION -> {
            }
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        ordered.put("d_loss", (double) adversarial.item());
        ordered.putAll(metrics);
        Tensor loss = adversarial;
        if (penalty != null) {
            Tensor value = penalty.compute(new ConditionedCritic(discriminator, condition), real, fake, noise);
            ordered.put(penalty.name(), (double) value.item());
            loss = loss.add(value);
        }
        return new PhaseLoss(loss, ordered);
    }

    private static double mean(Tensor t) {
        return AdversarialGame.mean(t);
    }
}
