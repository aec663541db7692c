package dev.gan4j.models.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import dev.gan4j.core.train.NetworkTensors;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the contract does not cover: sharing in checkpoints, N-domain ComboGAN, exports per ordered pair, bad input. */
class LatentTranslationSystemTest {
    private static final String NETWORK = LatentTranslationContract.NETWORK;
    private static final String CRITIC = LatentTranslationContract.CRITIC;

    private static TranslationSystem build(GanFamily family, FamilyConfig config, List<String> domains) {
        DataSpec data = LatentTranslationContract.domains(domains);
        return (TranslationSystem) family.build(config, BuildContexts.installed(data, 11));
    }

    /** The family config {"type": id, network, discriminator, ...fields} read as Jackson reads a run's. */
    private static <C extends FamilyConfig> C read(Class<C> configClass, String id, String fields) throws Exception {
        ObjectMapper json = new ObjectMapper();
        json.registerSubtypes(new NamedType(configClass, id));
        BuildContexts.installedNetworkTypes().byId().values().forEach(t ->
                json.registerSubtypes(new NamedType(t.configClass(), t.id())));
        String text = "{\"type\": \"" + id + "\", \"network\": " + NETWORK + ", \"discriminator\": " + CRITIC
                + fields + "}";
        return configClass.cast(json.readValue(text, FamilyConfig.class));
    }

    private static UnitConfig unit(int sharedBlocks) throws Exception {
        return read(UnitConfig.class, "unit", ", \"sharedBlocks\": " + sharedBlocks);
    }

    @Test
    void sharedParametersAppearOnceInTheCheckpointUnderTheFirstEncodersName() throws Exception {
        TranslationSystem system = build(new UnitFamily(), unit(1), List.of("A", "B"));
        Set<Object> tensors = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Parameter> stored = NetworkTensors.named(system);
        stored.forEach(p -> tensors.add(p.tensor()));
        assertThat(tensors).hasSameSizeAs(stored);
        int sharedInEncoderB = (int) system.networks().get("encoder_B").parameters().stream()
                .filter(p -> system.networks().get("encoder_A").parameters().stream()
                        .anyMatch(q -> q.tensor() == p.tensor()))
                .count();
        assertThat(sharedInEncoderB).isPositive();
        long storedUnderEncoderB = stored.stream().filter(p -> p.name().startsWith("encoder_B/")).count();
        assertThat(storedUnderEncoderB + sharedInEncoderB)
                .isEqualTo(system.networks().get("encoder_B").parameters().size());
        assertThat(NetworkTensors.capture(system).keySet()).hasSize(stored.size()
                + SystemParameters.allWithBuffers(system).size() - SystemParameters.all(system).size());
    }

    @Test
    void everyOrderedPairOfThreeDomainsExportsAsOneTranslator() throws Exception {
        ComboGanConfig config = read(ComboGanConfig.class, "combogan", ", \"poolSize\": 4");
        TranslationSystem system = build(new ComboGanFamily(), config, List.of("A", "B", "C"));
        assertThat(system.exportableParts()).extracting(ExportablePart::name).containsExactly("generator_AtoB",
                "generator_AtoC", "generator_BtoA", "generator_BtoC", "generator_CtoA", "generator_CtoB");
        Tensor x = Tensor.uniform(new Rng(3), -1f, 1f, 2, 1, 8, 8);
        assertThat(system.translate("C", "A", x).dims()).containsExactly(2, 1, 8, 8);
    }

    @Test
    void comboGanStepTrainsOnlyTheDrawnPairAndDrawsEveryPair() throws Exception {
        ComboGanConfig config = read(ComboGanConfig.class, "combogan", ", \"poolSize\": 0");
        TranslationSystem system = build(new ComboGanFamily(), config, List.of("A", "B", "C"));
        Phase critics = system.phases().get(0);
        Rng noise = new Rng(5);
        Set<Set<String>> drawn = new HashSet<>();
        for (int step = 0; step < 20; step++) {
            Batch batch = batch(new Rng(step));
            system.networks().values().forEach(n -> n.parameters().forEach(p -> p.tensor().zeroGrad()));
            critics.loss(batch, noise).loss().backward();
            Set<String> reached = new HashSet<>();
            for (String d : List.of("A", "B", "C")) {
                if (system.networks().get("discriminator_" + d).parameters().get(0).tensor().grad() != null) {
                    reached.add(d);
                }
            }
            assertThat(reached).hasSize(2);
            drawn.add(reached);
        }
        assertThat(drawn).hasSize(3);
    }

    @Test
    void translatingToADomainTheModelDoesNotHaveListsItsDomains() throws Exception {
        TranslationSystem system = build(new UnitFamily(), unit(1), List.of("A", "B"));
        assertThatThrownBy(() -> system.translate("A", "C", Tensor.zeros(1, 1, 8, 8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has the domains [A, B]")
                .hasMessageContaining("\"C\"");
    }

    @Test
    void sharingMoreBlocksThanTheNetworksHaveIsRefusedNamingTheField() {
        assertThatThrownBy(() -> build(new UnitFamily(), unit(3), List.of("A", "B")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit.sharedBlocks is 3")
                .hasMessageContaining("at most 2");
    }

    @Test
    void twoDomainFamiliesRefuseThreeDomainsNamingThem() throws Exception {
        assertThatThrownBy(() -> build(new UnitFamily(), unit(1), List.of("A", "B", "C")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly two domains, but the data has 3: [A, B, C]");
    }

    @Test
    void aComboGanDataConfigWithOneDomainIsRefusedWithASentence() {
        assertThatThrownBy(() -> DataSpec.unpaired(Map.of("A", new DataSpec("a", new int[] {1, 8, 8}, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two domains");
    }

    private static Batch batch(Rng rng) {
        Map<String, Batch> domains = new LinkedHashMap<>();
        for (String d : List.of("A", "B", "C")) {
            domains.put(d, new Batch(Tensor.uniform(rng, -1f, 1f, 3, 1, 8, 8), null));
        }
        return Batch.unpaired(domains);
    }
}
