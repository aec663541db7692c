package dev.gan4j.models.gan;

import dev.gan4j.core.augment.DifferentiableAugmentation;
import dev.gan4j.core.objective.AdversarialGame;
import dev.gan4j.core.objective.AdversarialSettings;
import dev.gan4j.core.spi.AssembledSystem;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.LossPhase;
import java.util.List;

/**
 * A generator against a discriminator, the system of the {@code gan} and {@code dcgan} families:
 * networks {@code "generator"} and {@code "discriminator"}; phases {@code "discriminator"}
 * (repeated nCritic times), which scores a real batch against samples of noise drawn from the
 * noise generator (then the penalty's numbers) and clips the critic after each step when the
 * objective says so, then {@code "generator"}, which scores samples of fresh noise; the losses,
 * metrics and augmentation (drawn after the noise) are {@link AdversarialGame}'s. Samples come from the generator.
 */
final class AdversarialSystem {
    /** The generator's name in the system's networks. */
    static final String GENERATOR = "generator";
    /** The discriminator's name in the system's networks. */
    static final String DISCRIMINATOR = "discriminator";

    private AdversarialSystem() {
    }

    /** Builds the generator, then the discriminator, from the context's init generator in that order. */
    static GanSystem build(AdversarialSettings settings, BuildContext context) {
        if (settings.augment() != null) {
            DifferentiableAugmentation.requireImages(context.data().sampleShape(), "family.augment");
        }
        Generator generator = context.generator(settings.network(), settings.latentSize());
        Discriminator discriminator = context.discriminator(settings.network(), 1);
        AdversarialGame game = new AdversarialGame(settings);
        LossPhase critic = LossPhase.of(DISCRIMINATOR, List.of(DISCRIMINATOR), (batch, noise) -> {
            // the generator gets no gradient here, so its forward pass records no graph
            var fake = generator.generateDetached(generator.noise(batch.size(), noise));
            return game.criticLoss(discriminator.network(), batch.inputs(), fake, noise);
        }).withRepeats(settings.nCritic()).withAfterStep(() -> game.afterCriticStep(discriminator.network()));
        LossPhase fool = LossPhase.of(GENERATOR, List.of(GENERATOR), (batch, noise) ->
                game.generatorLoss(discriminator.network(), generator.generate(generator.noise(batch.size(), noise)), noise));
        return AssembledSystem.builder(context.data())
                .setSampledGenerator(GENERATOR, generator)
                .addNetwork(DISCRIMINATOR, discriminator.network())
                .addPhase(critic)
                .addPhase(fool)
                .build();
    }
}
