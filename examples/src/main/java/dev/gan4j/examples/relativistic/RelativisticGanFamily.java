package dev.gan4j.examples.relativistic;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.spi.AssembledSystem;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.spi.TypedGanFamily;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * The family {@code "rsgan"}: the relativistic standard GAN of Jolicoeur-Martineau (2018), whose
 * critic estimates how much more realistic a real sample is than a generated one, and, with
 * {@code "average": true}, its relativistic-average variant RaSGAN; see {@link RelativisticLoss}.
 *
 * <p>Networks {@code "generator"} and {@code "discriminator"} (the critic, named as the other
 * families name it), of any installed network type; phases {@code "discriminator"}, which scores a
 * real batch against as many samples generated without a graph, then {@code "generator"}, whose
 * loss also looks at the critic's scores of the real batch (computed without a graph, as they do
 * not depend on the generator). Metrics: {@code d_loss}, {@code d_real}, {@code d_fake}, {@code g_loss}.
 *
 * <p>It is written only against core's public SPI and registered by this module's own
 * {@code META-INF/services/dev.gan4j.core.spi.GanFamily}: the way a third party adds a variant
 * without touching gan4j. Core's {@link AssembledSystem} does the sampling and the export.
 */
public final class RelativisticGanFamily implements TypedGanFamily<RelativisticGanConfig> {
    /** The family id, {@value}. */
    public static final String ID = "rsgan";
    private static final String GENERATOR = "generator";
    private static final String CRITIC = "discriminator";

    /** The family; stateless. */
    public RelativisticGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Relativistic standard GAN (RSGAN, or RaSGAN with \"average\": true): the critic judges real against fake.";
    }

    @Override
    public Class<RelativisticGanConfig> configClass() {
        return RelativisticGanConfig.class;
    }

    /** Builds the generator, then the critic (one raw score per sample), in that order. */
    @Override
    public GanSystem buildSystem(RelativisticGanConfig config, BuildContext context) {
        Generator generator = context.generator(config.network(), config.latentSize());
        Discriminator critic = context.discriminator(config.network(), 1);
        RelativisticLoss loss = new RelativisticLoss(config.average());
        LossPhase criticPhase = LossPhase.of(CRITIC, List.of(CRITIC), (batch, noise) -> {
            Tensor fake = generator.generateDetached(generator.noise(batch.size(), noise));
            Tensor realScores = critic.score(batch.inputs());
            Tensor fakeScores = critic.score(fake);
            Tensor value = loss.criticLoss(realScores, fakeScores);
            return PhaseLoss.of(value).withMetric("d_loss", value.item())
                    .withMetric("d_real", realScores.mean().item()).withMetric("d_fake", fakeScores.mean().item());
        });
        LossPhase generatorPhase = LossPhase.of(GENERATOR, List.of(GENERATOR), (batch, noise) -> {
            Tensor z = generator.noise(batch.size(), noise);
            Tensor realScores;
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                realScores = critic.score(batch.inputs()).detach();
            }
            Tensor value = loss.generatorLoss(realScores, critic.score(generator.generate(z)));
            return PhaseLoss.of(value).withMetric("g_loss", value.item());
        });
        return AssembledSystem.builder(context.data())
                .setSampledGenerator(GENERATOR, generator)
                .addNetwork(CRITIC, critic.network())
                .addPhase(criticPhase)
                .addPhase(generatorPhase)
                .build();
    }
}
