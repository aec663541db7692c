package dev.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.train.TrainingRun;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutations of a valid run config (each field dropped, duplicated, given another JSON type, or set
 * to an out-of-range number), each put through what {@code gan4j train} checks before it trains:
 * parsing, the data, the networks, the trainer with its schedule. Each is accepted or refused with
 * a sentence the command line reports as gan4j's own (never the "unexpected exception" report of a
 * bug), and none runs out of memory.
 */
class ConfigMutationPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VALID = InProcessCli.ring8Config(20, 10, 1);

    private static ConfigLoader loader;
    private static Map<String, GanFamily> families;

    @BeforeAll
    static void discover() {
        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        loader = discovery.configLoader(List.of());
        families = discovery.families();
    }

    /** Every mutation: a description and the mutated JSON text. */
    static Stream<Arguments> mutations() throws Exception {
        JsonNode valid = JSON.readTree(VALID);
        List<Arguments> cases = new ArrayList<>();
        List<JsonNode> replacements = List.of(NODES.textNode("x"), NODES.nullNode(), NODES.booleanNode(true),
                NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(-1), NODES.numberNode(0),
                NODES.numberNode(0.5), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(1e12),
                NODES.numberNode(-1e300));
        forEachPath(valid, "", (path) -> {
            JsonNode copy = valid.deepCopy();
            if (remove(copy, path)) {
                cases.add(Arguments.of("drop " + path, copy.toString()));
            }
            for (JsonNode replacement : replacements) {
                JsonNode changed = valid.deepCopy();
                replace(changed, path, replacement);
                cases.add(Arguments.of(path + " = " + replacement, changed.toString()));
            }
            String field = path.substring(path.lastIndexOf('.') + 1);
            if (!field.matches("\\d+")) {
                // a duplicated key, the second with another value: JSON text a tree cannot hold
                String text = valid.toString();
                int at = text.indexOf("\"" + field + "\":");
                if (at >= 0) {
                    cases.add(Arguments.of("duplicate " + path, text.substring(0, at) + "\"" + field + "\":\"dup\","
                            + text.substring(at)));
                }
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutatedConfigIsAcceptedOrRefusedWithASentence(String mutation, String json) {
        try {
            ResolvedConfig resolved = loader.parse(json, "mutated.json", ConfigOverrides.none());
            TrainingRun run = TrainingRun.prepare(resolved, families, DataContext.standard(null));
            run.trainer(null, List.of(), DataContext.standard(null));
        } catch (OutOfMemoryError e) {
            throw new AssertionError(mutation + " ran out of memory instead of being refused.", e);
        } catch (Exception e) {
            FailureReport report = FailureReport.of(e);
            assertThat(report.sentence()).as(mutation + ": " + e).doesNotStartWith("The command stopped on an unexpected")
                    .endsWith(".");
            assertThat(report.sentence().split("\\s+")).as(mutation + ": " + report.sentence()).hasSizeGreaterThan(5);
        }
    }

    private static void forEachPath(JsonNode node, String prefix, Consumer<String> visit) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                visit.accept(path);
                forEachPath(node.get(name), path, visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix + "." + i;
                visit.accept(path);
                forEachPath(node.get(i), path, visit);
            }
        }
    }

    private static JsonNode parent(JsonNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        return node;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static boolean remove(JsonNode root, String path) {
        JsonNode parent = parent(root, path);
        if (parent instanceof ObjectNode object) {
            object.remove(last(path));
            return true;
        }
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last(path)));
            return true;
        }
        return false;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        JsonNode parent = parent(root, path);
        if (parent instanceof ObjectNode object) {
            object.set(last(path), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last(path)), value);
        }
    }
}
