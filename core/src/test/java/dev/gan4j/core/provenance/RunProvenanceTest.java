package dev.gan4j.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ConfigSubtype;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataFileDigest;
import dev.gan4j.core.fakes.FakeGanFamily;
import dev.gan4j.core.fakes.FakeNetworkType;
import dev.gan4j.core.fakes.FakePointsConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run's provenance: what it records, and its round trips through plain JSON and OLCUT marshalling. */
class RunProvenanceTest {
    private static final SoftwareVersions VERSIONS = new SoftwareVersions("0.1.0", "17.0.12", "Eclipse Adoptium",
            "Linux", "amd64", "1.23.2");

    private static ResolvedConfig config() {
        ConfigLoader loader = new ConfigLoader(List.of(new FakeGanFamily()), List.of(new FakeNetworkType()),
                List.of(new ConfigSubtype("fake-points", FakePointsConfig.class)));
        return loader.parse("""
                {"family": {"type": "fake-gan", "latentSize": 3}, "data": {"type": "fake-points"},
                 "training": {"seed": 42, "optimizers": {"generator": {"lr": 1e-4}}}}""", "run.json",
                ConfigOverrides.none());
    }

    private static RunProvenance provenance() {
        ResolvedConfig config = config();
        return new RunProvenance(config.familyId(), config.canonicalJson(), config.sha256(), 42, 1500,
                "fake-points: standard normal in 2 dimensions", FILES, VERSIONS);
    }

    private static final List<DataFileDigest> FILES = List.of(
            new DataFileDigest("train-labels-idx1-ubyte.gz", "a".repeat(64)),
            new DataFileDigest("train-images-idx3-ubyte.gz", "0123456789abcdef".repeat(4)));

    @Test
    void recordsTheSha256OfEachDataFileSortedByFileName() {
        RunProvenance provenance = RunProvenance.of(config(), "fashion-mnist", FILES, 10);

        assertThat(provenance.dataFiles()).extracting(DataFileDigest::file)
                .containsExactly("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz");
        assertThat(provenance.atStep(20).dataFiles()).isEqualTo(provenance.dataFiles());
        @SuppressWarnings("unchecked")
        Map<String, Object> files = (Map<String, Object>) provenance.toJsonMap().get(RunProvenance.DATA_FILES);
        assertThat(files).containsEntry("train-labels-idx1-ubyte.gz", "a".repeat(64));
    }

    @Test
    void provenanceWrittenBeforeDataFilesWereRecordedReadsWithNone() {
        Map<String, Object> old = new LinkedHashMap<>(provenance().toJsonMap());
        old.remove(RunProvenance.DATA_FILES);

        assertThat(RunProvenance.fromJsonMap(old).dataFiles()).isEmpty();
    }

    @Test
    void aDataFileHashThatIsNotAStringIsRefusedNamingTheFile() {
        Map<String, Object> map = new LinkedHashMap<>(provenance().toJsonMap());
        map.put(RunProvenance.DATA_FILES, Map.of("train-images-idx3-ubyte.gz", 7));

        assertThatThrownBy(() -> RunProvenance.fromJsonMap(map))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"data-files\" gives train-images-idx3-ubyte.gz the hash 7");
    }

    @Test
    void recordsFamilyConfigSeedStepDatasetAndVersionsOfTheRun() {
        ResolvedConfig config = config();

        RunProvenance provenance = RunProvenance.of(config, "fake-points", 10);

        assertThat(provenance.family()).isEqualTo("fake-gan");
        assertThat(provenance.configJson()).isEqualTo(config.canonicalJson());
        assertThat(provenance.configSha256()).isEqualTo(config.sha256());
        assertThat(provenance.seed()).isEqualTo(42);
        assertThat(provenance.step()).isEqualTo(10);
        assertThat(provenance.dataset()).isEqualTo("fake-points");
        assertThat(provenance.versions().javaVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(provenance.versions().osArch()).isEqualTo(System.getProperty("os.arch"));
        assertThat(provenance.atStep(20).step()).isEqualTo(20);
        assertThat(provenance.atStep(20).configSha256()).isEqualTo(config.sha256());
    }

    @Test
    void roundTripsThroughThePlainJsonMapWrittenAsText() throws Exception {
        RunProvenance original = provenance();
        ObjectMapper plain = new ObjectMapper();

        String text = plain.writeValueAsString(original.toJsonMap());
        Map<String, Object> reread = plain.readValue(text, new TypeReference<Map<String, Object>>() { });

        assertThat(RunProvenance.fromJsonMap(reread)).isEqualTo(original);
    }

    @Test
    void roundTripsThroughJsonText() {
        RunProvenanceJson json = new RunProvenanceJson();
        RunProvenance original = provenance();

        assertThat(json.fromJson(json.toJson(original))).isEqualTo(original);
    }

    @Test
    void plainJsonIsReadableWithoutGan4jClasses() throws Exception {
        JsonNode node = new ObjectMapper().readTree(new RunProvenanceJson().toJson(provenance()));

        assertThat(node.get("family").asText()).isEqualTo("fake-gan");
        assertThat(node.get("config").get("family").get("latentSize").asInt()).isEqualTo(3);
        assertThat(node.get("config").get("training").get("optimizers").get("generator").get("lr").asDouble())
                .isEqualTo(1e-4);
        assertThat(node.get("config-sha256").asText()).hasSize(64);
        assertThat(node.get("seed").asLong()).isEqualTo(42);
        assertThat(node.get("step").asLong()).isEqualTo(1500);
        assertThat(node.get("onnxruntime-version").asText()).isEqualTo("1.23.2");
        assertThat(node.get("java-vendor").asText()).isEqualTo("Eclipse Adoptium");
    }

    @Test
    void roundTripsThroughOlcutMarshalling() {
        RunProvenance original = provenance();

        ObjectProvenance reread = ProvenanceUtil.unmarshalProvenance(ProvenanceUtil.marshalProvenance(original));

        assertThat(reread).isEqualTo(original);
    }

    @Test
    void equalRunsHaveEqualProvenance() {
        assertThat(provenance()).isEqualTo(provenance()).hasSameHashCodeAs(provenance());
        assertThat(provenance().atStep(1)).isNotEqualTo(provenance());
    }

    @Test
    void refusesAConfigThatDoesNotMatchItsHash() {
        Map<String, Object> map = provenance().toJsonMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> config = new LinkedHashMap<>((Map<String, Object>) map.get("config"));
        config.put("extra", 1);
        map.put("config", config);

        assertThatThrownBy(() -> RunProvenance.fromJsonMap(map))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The provenance's config does not match its config-sha256");
    }

    @Test
    void namesAMissingKey() {
        Map<String, Object> map = provenance().toJsonMap();
        map.remove("seed");

        assertThatThrownBy(() -> RunProvenance.fromJsonMap(map))
                .hasMessage("The provenance has no \"seed\"; it was not written by gan4j, or it was damaged.");
    }

    @Test
    void namesAKeyOfTheWrongKind() {
        Map<String, Object> map = provenance().toJsonMap();
        map.put("step", "ten");

        assertThatThrownBy(() -> RunProvenance.fromJsonMap(map))
                .hasMessage("The provenance's \"step\" is \"ten\" (a string), but it must be a whole number.");
    }

    @Test
    void refusesANegativeStep() {
        assertThatThrownBy(() -> provenance().atStep(-1)).hasMessageContaining("step is -1");
    }
}
