package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.config.EvaluationConfig;
import dev.gan4j.core.config.RunConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.data.Ring8DataConfig;
import dev.gan4j.core.eval.TrainingEvaluation;
import dev.gan4j.core.report.ReportListener;
import dev.gan4j.core.spi.FamilyConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A toy run with an "evaluation" object: metrics in metrics.jsonl and a report.html as it trains. */
class EvaluatedRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A family config for tests; the trainer never reads it. */
    record ToyFamily() implements FamilyConfig {
    }

    static AlternatingTrainer trainer(Path directory, int steps, int every) throws Exception {
        TrainingConfig training = new TrainingConfig(steps, 32, 5L, Map.of(), null, 0, 10, 20, 20, 64);
        RunConfig config = new RunConfig(new ToyFamily(), Ring8DataConfig.defaults(), training,
                new EvaluationConfig(every, 500, null, 0));
        RunSeeds seeds = RunSeeds.of(training.seed());
        List<TrainingListener> listeners = new ArrayList<>(List.of(new MetricsLog(), new SampleGrids(),
                new TrainingEvaluation(), new ReportListener(), new NonFiniteGuard()));
        return AlternatingTrainer.builder()
                .setSystem(new TinyGanSystem(seeds.initialisation(), 1, 32, 2))
                .setDataset(GaussianMixture.ring8(1.0, false))
                .setTraining(training)
                .optSeeds(seeds)
                .optRunDirectory(RunDirectory.create(directory, "{\"toy\":" + every + "}"))
                .optRunConfig(config)
                .optProvenance(step -> "{\"step\":" + step + "}")
                .optListeners(listeners)
                .build();
    }

    /** Trains a toy ring run of 60 steps evaluated every 20 into {@code directory}. */
    static void trainToyRun(Path directory) throws Exception {
        trainer(directory, 60, 20).train();
    }

    @Test
    void evaluationsAreAppendedToTheMetricsAndTheReportIsWritten(@TempDir Path dir) throws Exception {
        trainToyRun(dir);
        List<JsonNode> evaluations = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("metrics.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            if (node.has("evaluation")) {
                evaluations.add(node);
            }
        }
        assertThat(evaluations).extracting(n -> n.get("step").asLong()).containsExactly(20L, 40L, 60L);
        JsonNode last = evaluations.get(2).get("evaluation");
        assertThat(last.get("modes").asInt()).isEqualTo(8);
        assertThat(last.get("samples").asInt()).isEqualTo(500);
        assertThat(last.get("features").asText()).isEqualTo("none");
        assertThat(last.get("high_quality_fraction").isNumber()).isTrue();
        String report = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("id=\"chart-losses\"", "id=\"chart-high_quality_fraction\"", "id=\"grid-60\"",
                "data:image/png;base64,", "&quot;step&quot; : 60");
    }

    @Test
    void refusesAnEvaluationIntervalThatIsNotASampleAndCheckpointStep(@TempDir Path dir) {
        assertThatThrownBy(() -> trainer(dir, 60, 30).train()).hasMessageContaining("evaluation.every is 30")
                .hasMessageContaining("training.sampleEvery (20)").hasMessageContaining("Set evaluation.every to 20");
    }
}
