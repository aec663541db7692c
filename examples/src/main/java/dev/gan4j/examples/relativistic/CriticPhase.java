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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The critic's phase: score a real batch and as many generated samples (drawn without a graph,
 * so the generator gets no gradient), and minimise the relativistic critic loss. Metrics:
 * {@code d_loss}, and {@code d_real} and {@code d_fake}, the mean raw scores.
 */
final class CriticPhase implements Phase {
    /** The phase's name, which configs key the critic's optimiser by (as for the other families). */
    static final String NAME = "discriminator";

    private final Generator generator;
    private final Discriminator critic;
    private final RelativisticLoss loss;

    CriticPhase(Generator generator, Discriminator critic, RelativisticLoss loss) {
        this.generator = generator;
        this.critic = critic;
        this.loss = loss;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The critic's parameters, named as in the system's networks ({@code "discriminator.0.weight"}). */
    @Override
    public List<Parameter> parameters() {
        return Parameter.prefixAll(RelativisticSystem.CRITIC, critic.network().parameters());
    }

    @Override
    public int repeats() {
        return 1;
    }

    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        Tensor z = Tensor.randn(noise, batch.size(), generator.latentSize());
        Tensor fake;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            fake = generator.generate(z).detach();
        }
        Tensor realScores = critic.score(batch.inputs());
        Tensor fakeScores = critic.score(fake);
        Tensor value = loss.criticLoss(realScores, fakeScores);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("d_loss", (double) value.item());
        metrics.put("d_real", (double) realScores.mean().item());
        metrics.put("d_fake", (double) fakeScores.mean().item());
        return new PhaseLoss(value, metrics);
    }
}
