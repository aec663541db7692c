package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.data.FashionMnist;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxWriter;
import dev.gan4j.core.data.LabelledImages;
import dev.gan4j.core.data.PixelRange;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j eval} on an IDX file of samples (how a PyTorch model's samples are compared), on a
 * run trained with an evaluation (its best checkpoint), and on bad input. Uses the classifier cached
 * in {@code $GAN4J_HOME}.
 */
@IntegrationTest
class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static LabelledImages train;

    @BeforeAll
    static void needsFashionMnist() throws Exception {
        FashionMnistLocator locator = FashionMnistLocator.standard(null);
        assumeTrue(locator.candidates().stream().anyMatch(Files::isDirectory),
                "Fashion-MNIST is not installed (apt-get install -y dataset-fashion-mnist)");
        train = FashionMnist.load(locator, FashionMnist.Split.TRAIN, PixelRange.MINUS_ONE_TO_ONE);
    }

    private static Path writeImages(String name, Tensor images) throws Exception {
        Path file = temp.resolve(name);
        IdxWriter.write(file, IdxArray.fromTensor(images));
        return file;
    }

    @Test
    void evalOfRealImagesInAnIdxFilePrintsOneJsonLineWithALowFid() throws Exception {
        Path samples = writeImages("real.idx", train.images().slice(0, 0, 1000));
        CliResult result = run("eval", samples.toString(), "--reference", "test");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode json = JSON.readTree(lines[0]);
        assertThat(json.get("features").asText()).isEqualTo("fashion-mnist-cnn-v1");
        assertThat(json.get("reference").asText()).startsWith("fashion-mnist test split");
        assertThat(json.get("samples").asInt()).isEqualTo(1000);
        assertThat(json.get("fid").asDouble()).isLessThan(10);
        assertThat(json.get("precision").asDouble()).isGreaterThan(0.6);
        assertThat(json.get("class_histogram").size()).isEqualTo(10);
    }

    @Test
    void samplesOfAnotherShapeThanTheReferenceAreRefusedNamingBoth() throws Exception {
        Path samples = writeImages("big.idx", Tensor.zeros(20, 1, 32, 32));
        CliResult result = run("eval", samples.toString(), "--reference", writeImages("ref.idx",
                Tensor.zeros(20, 1, 28, 28)).toString(), "--features", temp.resolve("none.onnx").toString(),
                "--features-output", "x");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("does not exist");
        CliResult shapes = run("eval", samples.toString(), "--reference", "test");
        assertThat(shapes.exitCode()).isEqualTo(1);
        assertThat(shapes.err()).contains("[20, 1, 32, 32]").contains("[1, 28, 28]");
    }

    @Test
    void runWithEvaluationKeepsABestCheckpointThatEvalSamples() throws Exception {
        Path config = writeConfig(temp, "dcgan.json", """
                {"family": {"type": "dcgan", "latentSize": 16, "network": {"type": "dcgan", "baseChannels": 8}},
                 "data": {"type": "fashion-mnist"},
                 "training": {"steps": 20, "batchSize": 16, "seed": 3, "logEvery": 10, "sampleEvery": 10,
                              "checkpointEvery": 10, "gridSize": 16},
                 "evaluation": {"every": 10, "samples": 200}}
                """);
        Path runDir = temp.resolve("dcgan-run");
        CliResult trained = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isZero();
        assertThat(runDir.resolve("checkpoints").resolve("best.ckpt")).isRegularFile();
        assertThat(runDir.resolve("report.html")).isRegularFile();
        assertThat(Files.readString(runDir.resolve("metrics.jsonl"))).contains("\"evaluation\":{\"features\":");
        CliResult result = run("eval", runDir.toString(), "--checkpoint", "best", "--n", "300");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        JsonNode json = JSON.readTree(result.out().strip());
        assertThat(json.get("checkpoint").asText()).isEqualTo("best");
        assertThat(json.get("samples").asInt()).isEqualTo(300);
        assertThat(json.get("fid").asDouble()).isPositive();
    }

    @Test
    void bestCheckpointOfARunWithoutEvaluationIsAClearError() throws Exception {
        Path config = writeConfig(temp, "ring8.json", InProcessCli.ring8Config(10, 10, 1));
        Path runDir = temp.resolve("ring-run");
        assertThat(run("train", config.toString(), "--out-dir", runDir.toString()).exitCode()).isZero();
        CliResult best = run("eval", runDir.toString(), "--checkpoint", "best");
        assertThat(best.exitCode()).isEqualTo(1);
        assertThat(best.err()).contains("no best checkpoint").contains("--checkpoint latest");
        CliResult latest = run("eval", runDir.toString(), "--n", "500");
        assertThat(latest.exitCode()).as(latest.transcript()).isZero();
        assertThat(JSON.readTree(latest.out().strip()).get("modes").asInt()).isEqualTo(8);
    }
}
