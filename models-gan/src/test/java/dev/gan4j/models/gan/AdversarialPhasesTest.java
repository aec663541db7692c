package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The discriminator and generator phases of the gan and dcgan families. */
class AdversarialPhasesTest {
    private static final DataSpec POINTS = new DataSpec("points", new int[] {3}, 0);

    private static GanSystem system(String objective, String penalty, Integer nCritic) {
        GanConfig config = new GanConfig(MlpNetworkConfig.withHiddenSizes(8), 4, objective, penalty, null, null, nCritic, null);
        return new PlainGanFamily().build(config, BuildContexts.installed(POINTS, 3));
    }

    private static Batch batch() {
        return new Batch(Tensor.randn(new Rng(4), 6, 3), null);
    }

    private static void zeroAll(GanSystem system) {
        system.networks().values().forEach(n -> n.parameters().forEach(p -> p.tensor().zeroGrad()));
    }

    @Test
    void discriminatorRunsFirstRepeatedNCriticTimesThenTheGeneratorOnce() {
        GanSystem system = system("wasserstein", null, 5);
        assertThat(system.phases()).extracting(Phase::name).containsExactly("discriminator", "generator");
        assertThat(system.phases()).extracting(Phase::repeats).containsExactly(5, 1);
        assertThat(system.networks().keySet()).containsExactly("generator", "discriminator");
        assertThat(system.phases()).extracting(Phase::networks)
                .containsExactly(List.of("discriminator"), List.of("generator"));
        assertThat(SystemParameters.updatedBy(system, system.phases().get(0)).get(0).name())
                .isEqualTo("discriminator/0.weight");
    }

    @Test
    void discriminatorPhaseScoresDetachedSamplesSoTheGeneratorGetsNoGradient() {
        GanSystem system = system(null, null, null);
        zeroAll(system);
        system.phases().get(0).loss(batch(), new Rng(5)).loss().backward();
        system.networks().get("generator").parameters()
                .forEach(p -> assertThat(p.tensor().grad()).as(p.name()).isNull());
        system.networks().get("discriminator").parameters()
                .forEach(p -> assertThat(p.tensor().grad()).as(p.name()).isNotNull());
    }

    @Test
    void discriminatorPhaseScoresTheGeneratorsSamplesOfNoiseDrawnFromTheNoiseRng() {
        GanSystem system = system(null, null, null);
        PhaseLoss loss = system.phases().get(0).loss(batch(), new Rng(5));
        Layer generator = system.networks().get("generator");
        Layer discriminator = system.networks().get("discriminator");
        double expectedFake;
        double expectedReal;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            expectedFake = discriminator.forward(generator.forward(Tensor.randn(new Rng(5), 6, 4))).mean().item();
            expectedReal = discriminator.forward(batch().inputs()).mean().item();
        }
        assertThat(loss.metrics().get("d_fake")).isCloseTo(expectedFake, within(1e-6));
        assertThat(loss.metrics().get("d_real")).isCloseTo(expectedReal, within(1e-6));
        assertThat(loss.metrics().keySet()).containsExactly("d_loss", "d_real", "d_fake");
    }

    @Test
    void eachPhaseDrawsItsOwnNoise() {
        GanSystem system = system(null, null, null);
        Rng noise = new Rng(5);
        long start = noise.state();
        system.phases().get(0).loss(batch(), noise);
        long afterDiscriminator = noise.state();
        system.phases().get(1).loss(batch(), noise);
        assertThat(afterDiscriminator).isNotEqualTo(start);
        assertThat(noise.state()).isNotEqualTo(afterDiscriminator);
    }

    @Test
    void penaltyIsAddedToTheDiscriminatorLossAndLoggedUnderItsName() {
        GanSystem system = system("wasserstein", "gradient-penalty", null);
        PhaseLoss loss = system.phases().get(0).loss(batch(), new Rng(5));
        assertThat(loss.metrics().keySet()).containsExactly("d_loss", "d_real", "d_fake", "gradient-penalty");
        assertThat(loss.metrics().get("gradient-penalty")).isPositive();
        assertThat((double) loss.loss().item())
                .isCloseTo(loss.metrics().get("d_loss") + loss.metrics().get("gradient-penalty"), within(1e-5));
        assertThat(system.phases().get(1).loss(batch(), new Rng(6)).metrics().keySet()).containsExactly("g_loss");
    }

    @Test
    void wassersteinDiscriminatorPhaseClipsOnlyTheCriticAfterItsStep() {
        GanSystem system = system("wasserstein", null, null);
        float[] generatorWeight = system.networks().get("generator").parameters().get(0).tensor().toArray();
        system.phases().get(0).afterStep();
        for (Parameter p : system.networks().get("discriminator").parameters()) {
            for (float v : p.tensor().data()) {
                assertThat(v).as(p.name()).isBetween(-0.01f, 0.01f);
            }
        }
        assertThat(system.networks().get("generator").parameters().get(0).tensor().data())
                .containsExactly(generatorWeight);
    }

    @Test
    void sampleUsesTheGivenSamplerSuchAsAnAverageOfTheGenerator() {
        GanSystem first = system(null, null, null);
        GanConfig config = new GanConfig(MlpNetworkConfig.withHiddenSizes(8), 4, null, null, null, null, null, null);
        GanSystem other = new PlainGanFamily().build(config, BuildContexts.installed(POINTS, 99));
        Tensor noise = first.noise(3, new Rng(7));
        Tensor viaFirst = first.sample(other.networks().get("generator"), noise);
        Tensor viaOther = other.sample(other.networks().get("generator"), noise);
        assertThat(viaFirst.data()).containsExactly(viaOther.data());
    }
}
