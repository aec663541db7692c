package dev.gan4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.Gan4j;
import dev.gan4j.core.config.RunConfig;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The config smoke test: every config in {@code examples/configs/} trains for {@value #STEPS} steps
 * into a run directory, as {@code gan4j train CONFIG --steps 20} would, with its own family, networks,
 * data, batch size, optimisers and schedule, and ends with a checkpoint and finite logged losses.
 * Only the config's {@code evaluation} object is dropped: scoring samples is {@code gan4j eval}'s
 * job and has its own tests, and twenty steps are far from any evaluation step.
 */
@IntegrationTest
class ShippedConfigsTrainTest {
    private static final int STEPS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @BeforeAll
    static void fashionMnistIsInstalled() {
        assumeTrue(FashionMnistLocator.standard(null).candidates().stream().anyMatch(Files::isDirectory),
                "Fashion-MNIST is not installed (apt-get install -y dataset-fashion-mnist); most shipped configs need it");
    }

    @Test
    void coversTheDefaultAndTheConditionalConfigs() throws IOException {
        try (Stream<Path> files = ShippedConfigs.all()) {
            assertThat(files.map(f -> f.getFileName().toString())).as("shipped configs")
                    .contains("dcgan-fashion-mnist.json", "cgan-fashion-mnist.json");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gan4j.examples.ShippedConfigs#all")
    void trainsForTwentyStepsIntoARunDirectory(Path file) throws IOException {
        String name = file.getFileName().toString();
        Gan4j gan4j = Gan4j.discover();
        RunConfig shipped = gan4j.config(file).config();
        RunConfig smoke = new RunConfig(shipped.family(), shipped.data(), shipped.training().withSteps(STEPS), null);
        Path run = temp.resolve(name.replace(".json", ""));

        Gan4j.Model model = gan4j.train(gan4j.config(smoke), run);

        assertThat(model.trainer().step()).isEqualTo(STEPS);
        try (Stream<Path> checkpoints = Files.list(run.resolve("checkpoints"))) {
            assertThat(checkpoints.map(p -> p.getFileName().toString())).as("checkpoints of " + name)
                    .anyMatch(n -> n.endsWith(".ckpt"));
        }
        List<String> lines = Files.readAllLines(run.resolve("metrics.jsonl"));
        assertThat(lines).as("metrics of " + name).isNotEmpty();
        int losses = 0;
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertAllNumbersFinite(record, name + " in " + line);
            for (Iterator<Map.Entry<String, JsonNode>> phases = record.path("losses").fields(); phases.hasNext(); ) {
                Map.Entry<String, JsonNode> phase = phases.next();
                assertThat(phase.getValue().isNumber()).as(name + " loss " + phase.getKey() + " in " + line).isTrue();
                losses++;
            }
        }
        assertThat(losses).as("losses logged by " + name).isPositive();
    }

    /** Every number in {@code node}, at any depth (losses, per-phase metrics), is finite. */
    private static void assertAllNumbersFinite(JsonNode node, String where) {
        if (node.isNumber()) {
            assertThat(Double.isFinite(node.asDouble())).as(where).isTrue();
        }
        for (JsonNode child : node) {
            assertAllNumbersFinite(child, where);
        }
    }
}
