package dev.gan4j.models.cgan;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss of the conditional generator's phase: for the classes of the real batch (so the generator sees the
 * data's class frequencies) it draws conditions and noise, generates G(c, z), and minimises the
 * objective's generator loss on D(c, G(c, z)); with the auxiliary classifier it adds
 * classWeight·CE(D's class logits of G(c, z), k). Draws the conditions, then z. Metrics:
 * {@code g_loss}, and {@code g_class} with the auxiliary classifier.
 */
final class ConditionalGeneratorLoss implements LossPhase.Loss {
    private final ConditionalGenerator generator;
    private final ConditionalDiscriminator discriminator;
    private final ConditionSource conditions;
    private final CganConfig config;
    private final Objective objective;

    ConditionalGeneratorLoss(ConditionalGenerator generator, ConditionalDiscriminator discriminator,
                             ConditionSource conditions, CganConfig config) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.conditions = conditions;
        this.config = config;
        this.objective = config.settings().buildObjective();
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        int[] labels = BatchLabels.of(batch);
        Tensor condition = conditions.forClasses(labels, noise);
        Tensor z = Tensor.randn(noise, batch.size(), generator.latentSize());
        Tensor outputs = discriminator.forward(List.of(generator.forward(List.of(z, condition)), condition));
        Tensor loss = objective.generatorLoss(outputs.slice(1, 0, 1));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("g_loss", (double) loss.item());
        if (config.style() == DiscriminatorStyle.AUXILIARY_CLASSIFIER) {
            int classes = conditions.classNames().size();
            Tensor classLoss = Losses.crossEntropy(outputs.slice(1, 1, 1 + classes), labels);
            metrics.put("g_class", (double) classLoss.item());
            loss = loss.add(classLoss.mul(config.classWeight().floatValue()));
        }
        return new PhaseLoss(loss, metrics);
    }
}
