package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code gan4j bench --models cyclegan} and {@code gan4j bench --profile}: the CycleGAN iteration and the profile table. */
class BenchTrainingTest {
    @Test
    void timesTheCycleGanIterationWithTheKeysOfTheTorchScript() throws Exception {
        CliResult result = run("bench", "--models", "cyclegan", "--threads", "1", "--kernels", "java",
                "--iters", "1", "--warmup", "0", "--warmup-seconds", "0");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        JsonNode line = new ObjectMapper().readTree(result.out().strip());
        assertThat(line.get("model").asText()).isEqualTo("cyclegan");
        assertThat(line.get("threads").asInt()).isEqualTo(1);
        assertThat(line.get("iters").asInt()).isEqualTo(1);
        assertThat(line.get("ms_per_iter_median").asDouble()).isPositive();
        assertThat(line.has("min") && line.has("max") && line.has("impl")).isTrue();
        assertThat(line.get("warmup_iters").asInt()).isZero();
    }

    @Test
    void profilePrintsOpsKernelsAllocationAndGarbageCollection() {
        CliResult result = run("bench", "--profile", "--models", "dcgan", "--threads", "1", "--kernels", "java",
                "--iters", "1", "--warmup", "0", "--warmup-seconds", "0");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out())
                .contains("profile: dcgan on java, 1 threads, 1 iterations")
                .containsPattern("forward +conv2d +6\\.0 ")
                .containsPattern("backward +conv2d +6\\.0 ")
                .containsPattern("backward +batchNorm +5\\.0 ")
                .containsPattern("section +adam step +2\\.0 ")
                .containsPattern("conv2dWeightGrad +8\\.0 ")
                .containsPattern("gemm +11\\.0 ")
                .contains("kernel by shape, the 12 slowest")
                .containsPattern("conv2d 64x64x14x14 -> 128 k4x4 s2 p1 +4\\.0 ")
                .contains("gc: ")
                .contains("allocated by all threads");
    }

    @Test
    void inferenceRefusesATranslationModelWithTheModelsItTakes() {
        CliResult result = run("bench", "--inference", "--models", "cyclegan", "--iters", "1", "--warmup", "0");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.transcript()).contains("'cyclegan' translates images").contains("mlp or dcgan");
    }
}
