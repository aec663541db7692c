package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code ebm} run through the command line: {@code gan4j sample} runs its Langevin sampler from
 * fresh noise (steps as {@code --langevin-steps}, or from the replay buffer with
 * {@code --from-buffer}); {@code gan4j export} writes {@code score.onnx} (input x, output score)
 * checked against the JVM; the exported score network is not a sampler, and says so.
 */
class EbmSampleAndExportTest {
    private static final String CONFIG = """
            {"family": {"type": "ebm", "network": {"type": "mlp", "hiddenSizes": [16, 16]},
                        "langevinSteps": 5, "stepSize": 0.01, "dataRange": [-3, 3], "sampleSteps": 10, "bufferSize": 256},
             "data": {"type": "ring8"},
             "training": {"steps": 20, "batchSize": 32, "seed": 1, "logEvery": 20, "sampleEvery": 20, "checkpointEvery": 20}}
            """;

    @TempDir
    static Path temp;

    private static Path runDir;

    @BeforeAll
    static void trainTwentySteps() throws Exception {
        runDir = temp.resolve("ebm-run");
        CliResult result = run("train", writeConfig(temp, "ebm.json", CONFIG).toString(), "--out", runDir.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
    }

    @Test
    void sampleRunsTheSamplerFromNoiseWithinTheDataRangeTheSameForTheSameSeed() throws Exception {
        Path a = temp.resolve("a.idx");
        Path b = temp.resolve("b.idx");
        Path longer = temp.resolve("longer.idx");
        assertThat(run("sample", runDir.toString(), "--n", "50", "--seed", "3", "--out", a.toString()).exitCode()).isZero();
        assertThat(run("sample", runDir.toString(), "--n", "50", "--seed", "3", "--out", b.toString()).exitCode()).isZero();
        CliResult more = run("sample", runDir.toString(), "--n", "50", "--seed", "3", "--langevin-steps", "40",
                "--out", longer.toString());
        assertThat(more.exitCode()).as(more.transcript()).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(longer)).as("40 steps instead of the configured 10").isNotEqualTo(Files.readAllBytes(a));
        IdxArray samples = IdxReader.read(a);
        assertThat(samples.dims()).containsExactly(50, 2);
        for (float v : samples.values()) {
            assertThat(v).isBetween(-3f, 3f);
        }
    }

    @Test
    void sampleFromTheBufferContinuesTrainingNegatives() throws Exception {
        Path out = temp.resolve("buffer.idx");
        CliResult result = run("sample", runDir.toString(), "--n", "20", "--from-buffer", "--langevin-steps", "1",
                "--out", out.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(IdxReader.read(out).dims()).containsExactly(20, 2);
    }

    @Test
    void zeroLangevinStepsAreASentenceNamingTheOption() {
        CliResult result = run("sample", runDir.toString(), "--langevin-steps", "0", "--out", temp.resolve("z.idx").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--langevin-steps").contains("is 0, but it must be 1 or more");
    }

    @Test
    void langevinOptionsOnAGeneratorRunSayTheyAreForEbm() throws Exception {
        Path gan = temp.resolve("gan-run");
        assertThat(run("train", writeConfig(temp, "gan.json", ring8Config(2, 2, 1)).toString(), "--out", gan.toString())
                .exitCode()).isZero();
        CliResult result = run("sample", gan.toString(), "--from-buffer", "--out", temp.resolve("g.idx").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("family ebm").contains("this run is of the family gan");
    }

    @Test
    void exportWritesTheScoreNetworkFromXToScoreMatchingTheJvmAndItIsNoSampler() throws Exception {
        Path out = temp.resolve("onnx");
        CliResult export = run("export", runDir.toString(), "--out", out.toString());
        assertThat(export.exitCode()).as(export.transcript()).isZero();
        assertThat(export.out()).contains("score.onnx").contains("input  x").contains("output score")
                .contains("ONNX Runtime vs JVM");
        Path score = out.resolve("score.onnx");
        assertThat(score).isRegularFile();
        CliResult sample = run("sample", score.toString(), "--out", temp.resolve("s.idx").toString());
        assertThat(sample.exitCode()).isEqualTo(1);
        assertThat(sample.err()).contains("outputs 'score', not 'sample'").contains("runs in the JVM");
    }
}
