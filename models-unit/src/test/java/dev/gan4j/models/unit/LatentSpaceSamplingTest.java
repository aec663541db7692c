package dev.gan4j.models.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.LatentSpaceSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import dev.gan4j.core.train.TrainedSampler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes, per-domain decoding and new images from the latent prior (gan4j sample --domain). */
class LatentSpaceSamplingTest {
    private static LatentSpaceSystem build(GanFamily family, Class<? extends FamilyConfig> configClass, String json,
                                           List<String> domains) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerSubtypes(new NamedType(configClass, family.id()));
        BuildContexts.installedNetworkTypes().byId().values().forEach(t ->
                mapper.registerSubtypes(new NamedType(t.configClass(), t.id())));
        FamilyConfig config = mapper.readValue(json, FamilyConfig.class);
        return (LatentSpaceSystem) family.build(config,
                BuildContexts.installed(LatentTranslationContract.domains(domains), 11));
    }

    private static LatentSpaceSystem unit() throws Exception {
        return build(new UnitFamily(), UnitConfig.class, "{\"type\": \"unit\", \"network\": "
                + LatentTranslationContract.NETWORK + ", \"discriminator\": " + LatentTranslationContract.CRITIC
                + ", \"latentNoise\": 0.5}", List.of("A", "B"));
    }

    @Test
    void eachDomainIsSampledFromThePriorThroughItsOwnDecoderDeterministically() throws Exception {
        LatentSpaceSystem system = unit();
        TrainedSampler sampler = TrainedSampler.of(system);
        Tensor a = sampler.sampleDomain("A", 3, new Rng(4));
        Tensor b = sampler.sampleDomain("B", 3, new Rng(4));
        assertThat(a.dims()).containsExactly(3, 1, 8, 8);
        assertThat(b.dims()).containsExactly(3, 1, 8, 8);
        assertThat(a.requiresGrad()).isFalse();
        for (float v : a.data()) {
            assertThat(v).isBetween(-1f, 1f);
        }
        assertThat(sampler.sampleDomain("A", 3, new Rng(4)).data()).containsExactly(a.data());
        Tensor codes = system.prior().orElseThrow().draw(3, new Rng(4));
        assertThat(codes.dims()).containsExactly(3, system.latentShape()[0], system.latentShape()[1],
                system.latentShape()[2]);
        assertThat(b.data()).as("B's decoder on the same codes").containsExactly(system.decode("B", codes).data());
        assertThat(a.data()).isNotEqualTo(b.data());
    }

    @Test
    void translationIsTheTargetsDecoderOnTheSourcesCode() throws Exception {
        LatentSpaceSystem system = unit();
        Tensor x = Tensor.uniform(new Rng(2), -1f, 1f, 2, 1, 8, 8);
        Tensor codes = system.encode("A", x);
        assertThat(codes.dims()).containsExactly(2, system.latentShape()[0], system.latentShape()[1],
                system.latentShape()[2]);
        assertThat(system.translate("A", "B", x).data()).containsExactly(system.decode("B", codes).data());
    }

    @Test
    void coganSamplesEachDomainFromItsNoise() throws Exception {
        LatentSpaceSystem system = build(new CoGanFamily(), CoGanConfig.class,
                "{\"type\": \"cogan\", \"baseChannels\": 2, \"latentSize\": 4}", List.of("A", "B"));
        assertThat(system.latentShape()).containsExactly(4);
        assertThat(TrainedSampler.of(system).sampleDomain("B", 2, new Rng(1)).dims()).containsExactly(2, 1, 8, 8);
        assertThat(system.encode("A", Tensor.uniform(new Rng(2), -1f, 1f, 2, 1, 8, 8)).dims()).containsExactly(2, 4);
    }

    @Test
    void aModelWithoutAPriorOrADomainItLacksIsRefusedInASentence() throws Exception {
        LatentSpaceSystem combo = build(new ComboGanFamily(), ComboGanConfig.class, "{\"type\": \"combogan\", "
                + "\"network\": " + LatentTranslationContract.NETWORK + ", \"discriminator\": "
                + LatentTranslationContract.CRITIC + ", \"poolSize\": 2}", List.of("A", "B", "C"));
        assertThat(combo.prior()).isEmpty();
        assertThatThrownBy(() -> TrainedSampler.of(combo).sampleDomain("A", 2, new Rng(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no prior")
                .hasMessageContaining("gan4j translate");
        assertThatThrownBy(() -> TrainedSampler.of(unit()).sampleDomain("C", 2, new Rng(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[A, B]")
                .hasMessageContaining("\"C\"");
        assertThatThrownBy(() -> unit().decode("A", Tensor.zeros(2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Codes of this model");
    }
}
