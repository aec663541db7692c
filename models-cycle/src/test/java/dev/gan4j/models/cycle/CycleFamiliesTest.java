package dev.gan4j.models.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.PatchGanNetworkConfig;
import dev.gan4j.core.network.ResnetNetworkConfig;
import dev.gan4j.core.network.UnetNetworkConfig;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What distinguishes the three families: their networks, loss terms, pools, curriculum and clipping. */
class CycleFamiliesTest {
    private static final DataSpec DATA = TranslationContract.twoDomains();

    private static GanSystem build(dev.gan4j.core.spi.GanFamily family, dev.gan4j.core.spi.FamilyConfig config) {
        return family.build(config, BuildContexts.installed(DATA, 3));
    }

    private static Batch batch(long seed) {
        Rng rng = new Rng(seed);
        Map<String, Batch> domains = new LinkedHashMap<>();
        domains.put("A", new Batch(Tensor.uniform(rng, -1f, 1f, 4, 1, 8, 8), null));
        domains.put("B", new Batch(Tensor.uniform(rng, -1f, 1f, 4, 1, 8, 8), null));
        return Batch.unpaired(domains);
    }

    private static CycleGanConfig tinyCycleGan(double lambdaCycle, double lambdaIdentity) {
        return new CycleGanConfig(new ResnetNetworkConfig(2, 1, null), new PatchGanNetworkConfig(2, null, null), null,
                lambdaCycle, lambdaIdentity, 3);
    }

    @Test
    void cycleganHasTwoTranslatorsTwoDiscriminatorsAndTheirPoolsAndItsDefaultsAreTheOfficialOnes() {
        CycleGanConfig defaults = CycleGanConfig.defaults();
        assertThat(defaults.objective()).isEqualTo("least-squares");
        assertThat(defaults.lambdaCycle()).isEqualTo(10.0);
        assertThat(defaults.lambdaIdentity()).isEqualTo(0.5);
        assertThat(defaults.poolSize()).isEqualTo(50);
        GanSystem system = build(new CycleGanFamily(), tinyCycleGan(10, 0.5));
        assertThat(system).isInstanceOf(TranslationSystem.class);
        assertThat(system.networks()).containsOnlyKeys("generator_AtoB", "generator_BtoA", "discriminator_A",
                "discriminator_B", "pool_A", "pool_B");
        assertThat(system.phases()).extracting(Phase::name).containsExactly("generator", "discriminator");
        assertThat(system.exportableParts()).extracting(p -> p.name()).containsExactly("generator_AtoB",
                "generator_BtoA");
        PhaseLoss g = system.phases().get(0).loss(batch(1), new Rng(2));
        assertThat(g.metrics()).containsKeys("g_adv", "cycle_A", "cycle_B", "identity");
        double expected = g.metrics().get("g_adv") + 10 * (g.metrics().get("cycle_A") + g.metrics().get("cycle_B"))
                + 0.5 * 10 * 2 * g.metrics().get("identity");
        assertThat((double) g.loss().item()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-3));
        system.phases().get(1).loss(batch(3), new Rng(4));
        assertThat(((dev.gan4j.core.train.ImagePool) system.networks().get("pool_B")).size()).isEqualTo(3);
    }

    @Test
    void withTheCycleWeightZeroOnlyTheAdversarialTermIsLeft() {
        GanSystem system = build(new CycleGanFamily(), tinyCycleGan(0, 0.5));
        PhaseLoss g = system.phases().get(0).loss(batch(1), new Rng(2));
        assertThat((double) g.loss().item()).isCloseTo(g.metrics().get("g_adv"), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void discoganRaisesTheReconstructionWeightAfterItsCurriculum() {
        DiscoGanConfig config = new DiscoGanConfig(new UnetNetworkConfig(2, null, null, false),
                DcganNetworkConfig.withBaseChannels(2), 0.5, 0.01, 2, 0.9);
        GanSystem system = build(new DiscoGanFamily(), config);
        Phase generator = system.phases().get(0);
        assertThat(generator.loss(batch(1), new Rng(2)).metrics().get("recon_weight")).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-7));
        generator.afterStep();
        generator.afterStep();
        assertThat(generator.loss(batch(1), new Rng(2)).metrics().get("recon_weight")).isEqualTo(0.5);
        assertThat(system.networks()).containsKey("curriculum");
        assertThat(system.networks().get("curriculum").buffers().get(0).tensor().item()).isEqualTo(2f);
    }

    @Test
    void dualganClipsItsCriticsWithoutAPenaltyAndRunsTheCriticNCriticTimes() {
        DualGanConfig config = new DualGanConfig(new UnetNetworkConfig(2, null, null), new PatchGanNetworkConfig(2, null,
                null), null, null, "none", null, null, 3);
        assertThat(config.weightClip()).isEqualTo(0.01);
        GanSystem system = build(new DualGanFamily(), config);
        Phase critic = system.phases().get(1);
        assertThat(critic.repeats()).isEqualTo(3);
        for (String network : critic.networks()) {
            for (Parameter p : system.networks().get(network).parameters()) {
                java.util.Arrays.fill(p.tensor().data(), 0.5f);
            }
        }
        critic.afterStep();
        for (String network : critic.networks()) {
            for (Parameter p : system.networks().get(network).parameters()) {
                for (float v : p.tensor().data()) {
                    assertThat(v).isBetween(-0.01f, 0.01f);
                }
            }
        }
        assertThat(DualGanConfig.defaults().lambdaA()).isEqualTo(20.0);
        assertThat(DualGanConfig.defaults().penalty()).isEqualTo("gradient-penalty");
    }

    @Test
    void badSettingsAndDataAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new CycleGanConfig(null, null, "gentle", null, null, null))
                .hasMessageContaining("cyclegan.objective is \"gentle\"").hasMessageContaining("least-squares");
        assertThatThrownBy(() -> new CycleGanConfig(null, null, null, -1.0, null, null))
                .hasMessageContaining("cyclegan.lambdaCycle is -1.0");
        assertThatThrownBy(() -> new DualGanConfig(null, null, null, null, "none", 5.0, null, null))
                .hasMessageContaining("dualgan.penaltyWeight");
        assertThatThrownBy(() -> new DiscoGanConfig(null, null, 1.5, null, null, null))
                .hasMessageContaining("discogan.reconstructionWeight is 1.5");
        Map<String, DataSpec> three = new LinkedHashMap<>(DATA.domains());
        three.put("C", DATA.domain("A"));
        assertThatThrownBy(() -> new CycleGanFamily().build(tinyCycleGan(10, 0.5),
                BuildContexts.installed(DataSpec.unpaired(three), 1))).hasMessageContaining("has 3: [A, B, C]");
        assertThatThrownBy(() -> new CycleGanFamily().build(new CycleGanConfig(DcganNetworkConfig.defaults(), null,
                null, null, null, null), BuildContexts.installed(DATA, 1)))
                .hasMessageContaining("cyclegan.generator is a dcgan network").hasMessageContaining("resnet");
    }
}
