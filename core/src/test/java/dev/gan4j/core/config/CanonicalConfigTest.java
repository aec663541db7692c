package dev.gan4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical JSON of a resolved config and its SHA-256: one text per config, however it was written. */
class CanonicalConfigTest {
    private static final String COMPACT = """
            {"family":{"type":"fake-gan","latentSize":8,"generator":{"type":"fake-mlp","hidden":[16,4],"slope":0.1}},\
            "data":{"type":"fake-points","dimensions":3},"training":{"steps":20,"seed":7,\
            "optimizers":{"generator":{"lr":0.0002},"discriminator":{"lr":0.0001,"beta1":0.0}}}}""";

    private static final String REORDERED_AND_SPACED = """
            {
              "training" : {
                "optimizers" : {
                  "discriminator" : { "beta1" : 0, "lr" : 1e-4 },
                  "generator"     : { "lr" : 2E-4 }
                },
                "seed" : 7,
                "steps" : 20
              },
              "data"   : { "dimensions" : 3, "type" : "fake-points" },
              "family" : {
                "generator" : { "slope" : 0.10, "hidden" : [ 16, 4 ], "type" : "fake-mlp" },
                "latentSize" : 8,
                "type" : "fake-gan"
              }
            }
            """;

    private static ResolvedConfig parse(String json) {
        return ConfigLoaderTest.loader().parse(json, "run.json", ConfigOverrides.none());
    }

    @Test
    void canonicalJsonIsTheSameUnderKeyReorderingWhitespaceAndNumberSpelling() {
        ResolvedConfig a = parse(COMPACT);
        ResolvedConfig b = parse(REORDERED_AND_SPACED);

        assertThat(b.canonicalJson()).isEqualTo(a.canonicalJson());
        assertThat(b.sha256()).isEqualTo(a.sha256());
        assertThat(b.prettyJson()).isEqualTo(a.prettyJson());
    }

    @Test
    void canonicalJsonHasSortedKeysAtEveryLevelAndNoWhitespace() {
        ResolvedConfig resolved = parse(REORDERED_AND_SPACED);
        JsonNode tree = new CanonicalJson().read(resolved.canonicalJson());

        assertThat(resolved.canonicalJson()).doesNotContain(" ", "\n", "\t");
        assertKeysSorted(tree);
        assertThat(resolved.canonicalJson()).startsWith("{\"data\":{\"dimensions\":3,\"type\":\"fake-points\"},"
                + "\"family\":{\"generator\":{\"hidden\":[16,4],\"slope\":0.1,\"type\":\"fake-mlp\"},\"latentSize\":8,"
                + "\"objective\":\"non-saturating\",\"type\":\"fake-gan\"},\"training\":{");
    }

    @Test
    void canonicalJsonWritesEveryDefault() {
        JsonNode training = new CanonicalJson().read(parse(ConfigLoaderTest.MINIMAL).canonicalJson()).get("training");

        assertThat(training.get("steps").asInt()).isEqualTo(3000);
        assertThat(training.get("batchSize").asInt()).isEqualTo(64);
        assertThat(training.get("schedule").get("type").asText()).isEqualTo("constant");
    }

    @Test
    void canonicalJsonAndPrettyJsonReadBackToTheSameCanonicalJson() {
        ResolvedConfig resolved = parse(COMPACT);

        assertThat(parse(resolved.canonicalJson()).canonicalJson()).isEqualTo(resolved.canonicalJson());
        assertThat(parse(resolved.prettyJson()).canonicalJson()).isEqualTo(resolved.canonicalJson());
        assertThat(parse(resolved.prettyJson()).config()).isEqualTo(resolved.config());
    }

    @Test
    void prettyJsonUsesNewlinesAndTwoSpaceIndentOnEveryPlatform() {
        String pretty = parse(ConfigLoaderTest.MINIMAL).prettyJson();

        assertThat(pretty).startsWith("{\n  \"data\": {\n    \"dimensions\": 2,").endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void sha256IsTheHashOfTheCanonicalJson() {
        ResolvedConfig resolved = parse(COMPACT);

        assertThat(resolved.sha256()).isEqualTo(CanonicalJson.sha256(resolved.canonicalJson())).hasSize(64)
                .matches("[0-9a-f]{64}");
        assertThat(parse(COMPACT).sha256()).isEqualTo(resolved.sha256());
    }

    @Test
    void sha256MatchesTheStandardTestVectors() {
        assertThat(CanonicalJson.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(CanonicalJson.sha256(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sha256ChangesWhenOneValueChanges() {
        assertThat(parse(COMPACT.replace("\"seed\":7", "\"seed\":8")).sha256()).isNotEqualTo(parse(COMPACT).sha256());
    }

    @Test
    void sortedCopyOrdersMapKeysThatCameInAnyOrder() {
        CanonicalJson canonical = new CanonicalJson();
        Map<String, Object> unordered = Map.of("b", List.of(Map.of("z", 1, "a", 2)), "a", true, "c", "x");

        assertThat(canonical.compact(canonical.tree(unordered))).isEqualTo("{\"a\":true,\"b\":[{\"a\":2,\"z\":1}],\"c\":\"x\"}");
    }

    private static void assertKeysSorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            assertThat(names).isSorted();
            node.forEach(CanonicalConfigTest::assertKeysSorted);
        } else if (node.isArray()) {
            node.forEach(CanonicalConfigTest::assertKeysSorted);
        }
    }
}
