package dev.gan4j.models.gan;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * The generator's phase: generate a batch from fresh noise, let the discriminator score it, and
 * minimise the objective's generator loss. The real batch only sets the batch size. Metric:
 * {@code g_loss}.
 */
final class GeneratorPhase implements Phase {
    /** The phase's name, which configs key the generator's optimiser by. */
    static final String NAME = "generator";

    private final Generator generator;
    private final Discriminator discriminator;
    private final Objective objective;

    GeneratorPhase(Generator generator, Discriminator discriminator, Objective objective) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.objective = objective;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The generator's parameters, named as in the system's networks ({@code "generator.0.weight"}). */
    @Override
    public List<Parameter> parameters() {
        return Parameter.prefixAll(AdversarialSystem.GENERATOR, generator.network().parameters());
    }

    @Override
    public int repeats() {
        return 1;
    }

    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        Tensor z = Tensor.randn(noise, batch.size(), generator.latentSize());
        Tensor loss = objective.generatorLoss(discriminator.score(generator.generate(z)));
        return new PhaseLoss(loss, Map.of("g_loss", (double) loss.item()));
    }
}
