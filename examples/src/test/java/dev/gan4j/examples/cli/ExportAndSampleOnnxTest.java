package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.checkpoint.CheckpointStore;
import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxReader;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.RunProvenanceJson;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j export} of a tiny ring8 run that keeps an EMA of its generator, then
 * {@code gan4j sample} of the .onnx file: the samples equal those the run itself gives for the same
 * seed (so the averaged weights went into the model), and the provenance survives.
 */
class ExportAndSampleOnnxTest {
    private static final int STEPS = 40;

    @TempDir
    static Path temp;

    private static Path runDir;
    private static Path exported;
    private static CliResult exportResult;

    @BeforeAll
    static void trainAndExport() throws Exception {
        Path config = writeConfig(temp, "ring8-ema.json", """
                {"family": {"type": "gan", "latentSize": 3,
                            "network": {"type": "mlp", "hiddenSizes": [16, 16], "batchNorm": true,
                                        "generatorOutput": "linear"}},
                 "data": {"type": "ring8"},
                 "training": {"steps": %d, "batchSize": 32, "seed": 4, "emaDecay": 0.9, "logEvery": %d,
                              "sampleEvery": %d, "checkpointEvery": %d}}
                """.formatted(STEPS, STEPS, STEPS, STEPS));
        runDir = temp.resolve("run");
        CliResult trained = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isZero();
        exported = temp.resolve("onnx");
        exportResult = run("export", runDir.toString(), "--out-dir", exported.toString());
        assertThat(exportResult.exitCode()).as(exportResult.transcript()).isZero();
    }

    @Test
    void exportWritesGeneratorOnnxAndChecksItAgainstTheJvm() {
        assertThat(exported.resolve("generator.onnx")).isRegularFile();
        assertThat(exportResult.out()).contains("generator.onnx (generator at step " + STEPS + ", EMA weights)")
                .contains("input  z [N, 3] float32: standard normal noise N(0, I)")
                .contains("output sample [N, 2] float32")
                .contains("ONNX Runtime vs JVM: generator, batch 3: max relative error");
    }

    @Test
    void samplesFromTheOnnxFileEqualThoseOfTheRunForTheSameSeed() throws Exception {
        Path fromRun = temp.resolve("run.idx");
        Path fromOnnx = temp.resolve("onnx.idx");
        CliResult a = run("sample", runDir.toString(), "--n", "300", "--seed", "9", "--out", fromRun.toString());
        CliResult b = run("sample", exported.resolve("generator.onnx").toString(), "--n", "300", "--seed", "9",
                "--device", "auto", "--out", fromOnnx.toString());
        assertThat(a.exitCode()).as(a.transcript()).isZero();
        assertThat(b.exitCode()).as(b.transcript()).isZero();
        assertThat(b.out()).contains("Wrote 300 samples [300, 2] from generator.onnx (step " + STEPS + ") on ");
        IdxArray jvm = IdxReader.read(fromRun);
        IdxArray onnx = IdxReader.read(fromOnnx);
        assertThat(onnx.dims()).containsExactly(jvm.dims());
        float[] expected = jvm.values();
        float[] actual = onnx.values();
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i])))
                    .as("element %d", i).isLessThanOrEqualTo(1e-4);
        }
    }

    @Test
    void theModelCarriesTheCheckpointsProvenanceAndTheRunsConfig() throws Exception {
        RunProvenance recorded = new RunProvenanceJson().fromJson(
                new CheckpointStore(runDir.resolve("checkpoints"), 3).readLatest().orElseThrow().provenance());
        try (OnnxGenerator model = OnnxGenerator.open(exported.resolve("generator.onnx"))) {
            assertThat(model.provenance()).contains(recorded);
            assertThat(model.provenance().orElseThrow().step()).isEqualTo(STEPS);
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(model.config().orElseThrow()))
                    .isEqualTo(json.readTree(Files.readString(runDir.resolve("config.json"))));
            assertThat(model.warnings()).isEmpty();
        }
    }

    @Test
    void sampleOfAnOnnxFileDrawsAScatterPlotOverTheRecordedDatasetsPoints() throws Exception {
        Path png = temp.resolve("points.png");
        CliResult result = run("sample", exported.resolve("generator.onnx").toString(), "--n", "200", "--out",
                png.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isEqualTo(512);
    }

    @Test
    void sampleOnCudaWithoutTheGpuBuildFailsSayingHowToGetIt() {
        org.junit.jupiter.api.Assumptions.assumeFalse(ai.onnxruntime.OrtEnvironment.getAvailableProviders()
                .contains(ai.onnxruntime.OrtProvider.CUDA), "this ONNX Runtime has the CUDA provider");
        CliResult result = run("sample", exported.resolve("generator.onnx").toString(), "--device", "cuda",
                "--out", temp.resolve("never.idx").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("CUDA").contains("-Pcuda").contains("cpu or auto");
    }

    @Test
    void sampleOfAFileThatIsNotOnnxOrIsMissingNamesIt() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.txt"), "not a model");
        CliResult notOnnx = run("sample", text.toString(), "--out", temp.resolve("a.idx").toString());
        assertThat(notOnnx.exitCode()).isNotZero();
        assertThat(notOnnx.err()).contains(text.toString()).contains("not an ONNX model");
        Path missing = temp.resolve("absent.onnx");
        CliResult absent = run("sample", missing.toString(), "--out", temp.resolve("b.idx").toString());
        assertThat(absent.exitCode()).isNotZero();
        assertThat(absent.err()).contains(missing.toString()).contains("does not exist");
    }

    @Test
    void exportOfADirectoryThatIsNotARunSaysSo() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("not-a-run"));
        CliResult result = run("export", empty.toString(), "--out-dir", temp.resolve("x").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("not a run directory");
    }
}
