package dev.gan4j.examples.relativistic;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * The generator's phase: generate a batch from fresh noise and minimise the relativistic generator
 * loss, which, unlike the standard GAN's, also looks at the critic's scores of the real batch.
 * Those scores do not depend on the generator, so they are computed without a graph. Metric:
 * {@code g_loss}.
 */
final class GeneratorPhase implements Phase {
    /** The phase's name, which configs key the generator's optimiser by. */
    static final String NAME = "generator";

    private final Generator generator;
    private final Discriminator critic;
    private final RelativisticLoss loss;

    GeneratorPhase(Generator generator, Discriminator critic, RelativisticLoss loss) {
        this.generator = generator;
        this.critic = critic;
        this.loss = loss;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The generator's parameters, named as in the system's networks ({@code "generator.0.weight"}). */
    @Override
    public List<Parameter> parameters() {
        return Parameter.prefixAll(RelativisticSystem.GENERATOR, generator.network().parameters());
    }

    @Override
    public int repeats() {
        return 1;
    }

    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        Tensor z = Tensor.randn(noise, batch.size(), generator.latentSize());
        Tensor realScores;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            realScores = critic.score(batch.inputs()).detach();
        }
        Tensor value = loss.generatorLoss(realScores, critic.score(generator.generate(z)));
        return new PhaseLoss(value, Map.of("g_loss", (double) value.item()));
    }
}
