package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.AssembledSystem;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameters are named once, by the system: one layer held by two networks (as CoGAN and UNIT
 * share layers) is one parameter, named after the first network, updated once per step and
 * stored once.
 */
class SharedParametersTest {
    private static final int LATENT = 4;

    /** Two networks from noise to points that share their first layer; one phase trains both. */
    private static GanSystem twins(Rng rng) {
        Linear shared = new Linear(LATENT, 8, rng);
        Sequential generator = new Sequential(shared, new LeakyReLU(0.2f), new Linear(8, 2, rng));
        Sequential twin = new Sequential(shared, new LeakyReLU(0.2f), new Linear(8, 2, rng));
        LossPhase both = LossPhase.of("both", List.of("generator", "twin"), (batch, noise) -> {
            Tensor z = Tensor.randn(noise, batch.size(), LATENT);
            Tensor real = batch.inputs();
            return PhaseLoss.of(generator.forward(z).sub(real).square().mean()
                    .add(twin.forward(z).sub(real).square().mean()));
        });
        return AssembledSystem.builder(new DataSpec("four-gaussians", new int[] {2}, 0))
                .setSampledGenerator("generator", new Generator(generator, LATENT))
                .addNetwork("twin", twin)
                .addPhase(both)
                .build();
    }

    private static AlternatingTrainer trainer() {
        TrainingConfig training = new TrainingConfig(3, 16, 7L, null, null, 0.9, 0, 0, 0, 0);
        RunSeeds seeds = RunSeeds.of(training.seed());
        return AlternatingTrainer.builder().setSystem(twins(seeds.initialisation())).setDataset(new FourGaussians())
                .setTraining(training).optSeeds(seeds).build();
    }

    @Test
    void aSharedParameterIsNamedOnceAfterTheFirstNetworkThatHoldsIt() {
        GanSystem system = twins(new Rng(1));
        assertThat(SystemParameters.all(system)).extracting(Parameter::name).containsExactly(
                "generator/0.weight", "generator/0.bias", "generator/2.weight", "generator/2.bias", "twin/2.weight",
                "twin/2.bias");
        assertThat(SystemParameters.updatedBy(system, system.phases().get(0))).hasSize(6);
        assertThat(SystemParameters.ofNetwork(system, "twin")).extracting(Parameter::name).containsExactly(
                "generator/0.weight", "generator/0.bias", "twin/2.weight", "twin/2.bias");
        assertThat(NetworkTensors.named(system)).extracting(Parameter::name).doesNotContain("twin/0.weight");
    }

    @Test
    void aSharedParameterIsUpdatedOncePerStepAndStoredOnce() {
        AlternatingTrainer trainer = trainer();
        trainer.train();
        Checkpoint checkpoint = trainer.checkpoint();

        assertThat(checkpoint.tensors()).containsKey("generator/0.weight").doesNotContainKey("twin/0.weight");
        assertThat(checkpoint.optimizerStates().get("both"))
                .doesNotContainKey("twin/0.weight.step")
                .containsKey("twin/2.weight.step");
        // three iterations, one step each: a parameter updated twice per step would count six
        assertThat(checkpoint.optimizerStates().get("both").get("generator/0.weight.step")).containsExactly(3f);
        assertThat(checkpoint.averageState()).containsKey("generator/0.weight.shadow");

        AlternatingTrainer resumed = trainer();
        resumed.restore(checkpoint, "the checkpoint of the twins");
        GanSystem system = resumed.system();
        assertThat(system.networks().get("twin").parameters().get(0).tensor().data())
                .containsExactly(checkpoint.tensors().get("generator/0.weight").data());
    }

    @Test
    void aPhaseNamingANetworkTheSystemLacksIsRefusedNamingBoth() {
        LossPhase critic = LossPhase.of("discriminator", List.of("critic"), (batch, noise) -> null);
        assertThatThrownBy(() -> AssembledSystem.builder(new DataSpec("points", new int[] {2}, 0))
                .setSampledGenerator("generator", new Generator(new Linear(LATENT, 2, new Rng(1)), LATENT))
                .addPhase(critic).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"discriminator\" updates the network \"critic\"")
                .hasMessageContaining("[generator]");
    }
}
