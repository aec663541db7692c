package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gan4j bench --inference}: one JSON line of samples/s per engine and batch size, for the DCGAN generator by default. */
class BenchInferenceTest {
    @Test
    void printsSamplesPerSecondOfTheJvmAndOnnxRuntimeForEachBatchSize() throws Exception {
        CliResult result = run("bench", "--inference", "--threads", "1", "--kernels", "java", "--batches", "1,4",
                "--iters", "2", "--warmup", "1", "--warmup-seconds", "0");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.out().strip().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(l -> l.get("engine").asText() + " " + l.get("batch").asInt())
                .containsExactly("jvm-java 1", "jvm-java 4", "onnxruntime-cpu 1", "onnxruntime-cpu 4");
        for (JsonNode line : lines) {
            assertThat(line.get("model").asText()).isEqualTo("dcgan");
            assertThat(line.get("bench").asText()).isEqualTo("inference");
            assertThat(line.get("samples_per_s").asDouble()).isPositive();
            assertThat(line.get("iters").asInt()).isEqualTo(2);
            assertThat(line.get("warmup_iters").asInt()).isEqualTo(1);
        }
    }
}
