package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxReader;
import dev.gan4j.core.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j sample model.onnx --label K | --text T} on exported tiny conditional runs (labels and
 * captions, with an EMA of the generator): the samples equal those of {@code gan4j sample RUN} with
 * the same seed and request, more than one batch of them; with neither option both give the same
 * even spread over the classes; and a bad label or text gets the JVM's message, read from the
 * class names and vocabulary in the model's metadata.
 */
@IntegrationTest
class ConditionalOnnxSampleTest {
    private static final int SAMPLES = 300;

    @TempDir
    static Path temp;

    private static Path labelRun;
    private static Path textRun;

    @BeforeAll
    static void trainAndExport() throws Exception {
        assumeTrue(FashionMnistLocator.standard(null).candidates().stream().anyMatch(Files::isDirectory),
                "Fashion-MNIST is not installed (apt-get install -y dataset-fashion-mnist)");
        labelRun = trainAndExport("label", "");
        textRun = trainAndExport("text", ", \"maxTokens\": 8, \"wordDropout\": 0.2, \"captionMixing\": 0.5");
    }

    private static Path trainAndExport(String condition, String extra) throws Exception {
        String json = """
                {"family": {"type": "cgan", "latentSize": 4, "conditionSize": 4, "featureSize": 8,
                            "network": {"type": "mlp", "hiddenSizes": [8, 8]}, "condition": "%s"%s},
                 "data": {"type": "fashion-mnist", "split": "test"},
                 "training": {"steps": 3, "batchSize": 16, "seed": 1, "emaDecay": 0.5, "logEvery": 3,
                              "sampleEvery": 3, "checkpointEvery": 3, "gridSize": 4}}
                """.formatted(condition, extra);
        Path run = temp.resolve(condition + "-run");
        CliResult trained = run("train", writeConfig(temp, condition + ".json", json).toString(), "--out-dir", run.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isZero();
        CliResult exported = run("export", run.toString(), "--out-dir", run.resolve("onnx").toString());
        assertThat(exported.exitCode()).as(exported.transcript()).isZero();
        return run;
    }

    private static String model(Path run) {
        return run.resolve("onnx").resolve("generator.onnx").toString();
    }

    @Test
    void labelSamplesFromTheOnnxModelEqualThoseOfTheRun() throws Exception {
        CliResult onnx = assertSameSamples(labelRun, "labels-sneaker", "--label", "sneaker");
        assertThat(onnx.out()).contains("for label 7 (Sneaker) from generator.onnx");
        assertSameSamples(labelRun, "labels-3", "--label", "3");
    }

    @Test
    void textSamplesFromTheOnnxModelEqualThoseOfTheRun() throws Exception {
        CliResult onnx = assertSameSamples(textRun, "text-heldout", "--text", "a shiny canvas running shoe");
        assertThat(onnx.out()).contains("for text \"a shiny canvas running shoe\" (unknown words left out: shiny)");
        assertSameSamples(textRun, "text-label", "--label", "Trouser");
    }

    @Test
    void withoutAConditionBothSpreadEvenlyOverTheClasses() throws Exception {
        assertSameSamples(labelRun, "labels-even");
        assertSameSamples(textRun, "text-even");
    }

    @Test
    void badLabelsAndTextsGetTheMessagesOfTheJvm() {
        assertSameError(labelRun, "--label", "hat");
        assertSameError(labelRun, "--label", "10");
        assertSameError(labelRun, "--label", "-1");
        assertSameError(labelRun, "--text", "a sneaker");
        assertSameError(textRun, "--text", "");
        assertSameError(textRun, "--text", " ?! ");
        assertSameError(textRun, "--text", "purple hovercraft");
        assertSameError(textRun, "--label", "Hat");
        CliResult unknown = run("sample", model(textRun), "--text", "purple hovercraft", "--out",
                temp.resolve("x.idx").toString());
        assertThat(unknown.err()).contains("unknown: purple, hovercraft");
        CliResult range = run("sample", model(labelRun), "--label", "10", "--out", temp.resolve("x.idx").toString());
        assertThat(range.err()).contains("out of range").contains("0 to 9");
    }

    private static CliResult assertSameSamples(Path run, String name, String... request) throws Exception {
        Path fromRun = temp.resolve(name + "-run.idx");
        Path fromOnnx = temp.resolve(name + "-onnx.idx");
        CliResult a = run(command(run.toString(), fromRun, request));
        CliResult b = run(command(model(run), fromOnnx, request));
        assertThat(a.exitCode()).as(a.transcript()).isZero();
        assertThat(b.exitCode()).as(b.transcript()).isZero();
        IdxArray jvm = IdxReader.read(fromRun);
        IdxArray onnx = IdxReader.read(fromOnnx);
        assertThat(onnx.dims()).containsExactly(SAMPLES, 1, 28, 28);
        assertThat(onnx.dims()).containsExactly(jvm.dims());
        float[] expected = jvm.values();
        float[] actual = onnx.values();
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i])))
                    .as("sample value %d of %s", i, name).isLessThanOrEqualTo(1e-4);
        }
        return b;
    }

    private static String[] command(String model, Path out, String... request) {
        List<String> args = new ArrayList<>(List.of("sample", model, "--n", Integer.toString(SAMPLES), "--seed", "11",
                "--out", out.toString()));
        args.addAll(List.of(request));
        return args.toArray(String[]::new);
    }

    private static void assertSameError(Path run, String option, String value) {
        Path out = temp.resolve("bad.idx");
        CliResult jvm = run("sample", run.toString(), option, value, "--out", out.toString());
        CliResult onnx = run("sample", model(run), option, value, "--out", out.toString());
        assertThat(jvm.exitCode()).as(jvm.transcript()).isNotZero();
        assertThat(onnx.exitCode()).as(onnx.transcript()).isEqualTo(jvm.exitCode());
        assertThat(onnx.err()).as("%s %s", option, value).isEqualTo(jvm.err());
    }
}
