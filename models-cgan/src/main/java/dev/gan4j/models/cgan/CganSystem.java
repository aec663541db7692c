package dev.gan4j.models.cgan;

import dev.gan4j.core.condition.ClassNames;
import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.MultiInputLayer;
import dev.gan4j.core.spi.AssembledSystem;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SamplingScope;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * A conditional generator against a conditional discriminator: networks {@code "generator"}
 * (a {@link ConditionalGenerator}, inputs z and the condition) and {@code "discriminator"};
 * phases {@code "discriminator"} (nCritic times, {@link ConditionalDiscriminatorLoss}) then
 * {@code "generator"} ({@link ConditionalGeneratorLoss}). Samples without a condition spread
 * evenly over the classes. The networks, phases and noise are an {@link AssembledSystem}'s; this
 * class adds the conditions.
 */
final class CganSystem implements ConditionalSystem {
    /** The generator's name in {@link #networks()}. */
    static final String GENERATOR = "generator";
    /** The discriminator's name in {@link #networks()}. */
    static final String DISCRIMINATOR = "discriminator";

    private final AssembledSystem parts;
    private final ConditionalGenerator generator;
    private final ConditionSource conditions;
    private final DataSpec data;

    private CganSystem(AssembledSystem parts, ConditionalGenerator generator, ConditionSource conditions,
                       DataSpec data) {
        this.parts = parts;
        this.generator = generator;
        this.conditions = conditions;
        this.data = data;
    }

    /**
     * Builds the system for labelled data: the condition source (no random draws), the generator,
     * then the discriminator, from the context's init generator in that order.
     */
    static CganSystem build(CganConfig config, BuildContext context) {
        DataSpec data = context.data();
        if (data.classes() < 2) {
            throw new IllegalArgumentException("The cgan family generates by class, but the data " + data
                    + (data.classes() == 0 ? " has no class labels" : " has only one class")
                    + "; use labelled data with 2 classes or more, such as {\"type\": \"fashion-mnist\"}.");
        }
        ClassNames names = ClassNames.resolve(config.classNames(), data);
        ConditionSource conditions = config.isText()
                ? new CaptionConditions(names, CaptionSet.load(config.captions(), data.classes()), config.maxTokens(),
                        config.conditionSize(), config.wordDropout(), config.captionMixing())
                : new LabelConditions(names, CganConfig.ONE_HOT.equals(config.labelEncoding()),
                        config.conditionSize() == null ? 0 : config.conditionSize());
        ConditionalGenerator generator = ConditionalNetworks.generator(config, context, conditions);
        ConditionalDiscriminator discriminator = ConditionalNetworks.discriminator(config, context, conditions);
        ConditionalDiscriminatorLoss criticLoss =
                new ConditionalDiscriminatorLoss(generator, discriminator, conditions, config);
        AssembledSystem parts = AssembledSystem.builder(data)
                .setSampledGenerator(GENERATOR, new Generator(generator, generator.latentSize()))
                .addNetwork(DISCRIMINATOR, discriminator)
                .addPhase(LossPhase.of(DISCRIMINATOR, List.of(DISCRIMINATOR), criticLoss)
                        .withRepeats(config.nCritic()).withAfterStep(criticLoss::afterStep))
                .addPhase(LossPhase.of(GENERATOR, List.of(GENERATOR),
                        new ConditionalGeneratorLoss(generator, discriminator, conditions, config)))
                .build();
        return new CganSystem(parts, generator, conditions, data);
    }

    @Override
    public Map<String, Layer> networks() {
        return parts.networks();
    }

    @Override
    public List<Phase> phases() {
        return parts.phases();
    }

    @Override
    public String sampledNetwork() {
        return parts.sampledNetwork();
    }

    /** Standard normal noise [n, latentSize]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        return parts.noise(n, rng);
    }

    /** Samples spread evenly over the classes: sample i has class i mod K. */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        return sample(sampler, noise, evenCondition(noise.dim(0)));
    }

    @Override
    public Tensor sample(Layer sampler, Tensor noise, Condition condition) {
        if (!(sampler instanceof MultiInputLayer conditional) || conditional.inputCount() != 2) {
            throw new IllegalArgumentException("A conditional system samples with its conditional generator (noise and "
                    + "condition), but was given a " + sampler.getClass().getName() + ".");
        }
        if (condition.size() != noise.dim(0)) {
            throw new IllegalArgumentException("The condition is for " + condition.size() + " samples but the noise for "
                    + noise.dim(0) + "; give one condition per noise vector.");
        }
        try (SamplingScope ignored = SamplingScope.of(sampler)) {
            return conditional.forward(List.of(noise, condition.values()));
        }
    }

    @Override
    public List<String> classNames() {
        return conditions.classNames().names();
    }

    @Override
    public boolean acceptsText() {
        return conditions.format().acceptsText();
    }

    @Override
    public Condition labelCondition(String label, int n) {
        return conditions.format().label(label, n);
    }

    @Override
    public Condition textCondition(String text, int n) {
        return conditions.format().text(text, n);
    }

    @Override
    public Condition evenCondition(int n) {
        return conditions.format().even(n);
    }

    /**
     * The generator, with inputs {@code z} [N, latentSize] and {@code label} [N] or {@code tokens}
     * [N, L] (INT64), and the condition format (class names, vocabulary) in its metadata.
     */
    @Override
    public List<ExportablePart> exportableParts() {
        ExportedTensor z = new ExportedTensor(ExportablePart.NOISE, ExportedTensor.ElementType.FLOAT32,
                new int[] {ExportedTensor.BATCH, generator.latentSize()}, "standard normal noise N(0, I)");
        ConditionFormat format = conditions.format();
        return List.of(new ExportablePart(GENERATOR, generator, List.of(z, format.input()),
                ExportablePart.sampleOutput(data), format.metadata()));
    }
}
