package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j sample --label K} and {@code --text T} on tiny conditional runs (two steps of 16-wide
 * cgan networks on Fashion-MNIST, labels and captions), and the errors for bad labels and texts.
 */
@IntegrationTest
class ConditionalSampleTest {
    @TempDir
    static Path temp;

    private static Path labelRun;
    private static Path textRun;

    @BeforeAll
    static void trainTinyConditionalRuns() throws Exception {
        assumeTrue(FashionMnistLocator.standard(null).candidates().stream().anyMatch(Files::isDirectory),
                "Fashion-MNIST is not installed (apt-get install -y dataset-fashion-mnist)");
        labelRun = train("label", "");
        textRun = train("text", ", \"maxTokens\": 8");
    }

    private static Path train(String condition, String extra) throws Exception {
        String json = """
                {"family": {"type": "cgan", "latentSize": 4, "conditionSize": 4, "featureSize": 8,
                            "network": {"type": "mlp", "hiddenSizes": [8, 8]}, "condition": "%s"%s},
                 "data": {"type": "fashion-mnist", "split": "test"},
                 "training": {"steps": 2, "batchSize": 16, "seed": 1, "logEvery": 2, "sampleEvery": 2,
                              "checkpointEvery": 2, "gridSize": 4}}
                """.formatted(condition, extra);
        Path run = temp.resolve(condition + "-run");
        CliResult result = run("train", writeConfig(temp, condition + ".json", json).toString(), "--out-dir", run.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        return run;
    }

    @Test
    void conditionalAccuracyMeasuresEachClassOfALabelRun() {
        CliResult result = run("conditional-accuracy", labelRun.toString(), "--per-class", "3");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("step 2, asked by label, 3 samples per class").contains("class 7 Sneaker")
                .contains("overall").contains("of 30)");
    }

    @Test
    void conditionalAccuracyRefusesAMalformedCaptionFileNamingTheLine() throws Exception {
        Path captions = Files.writeString(temp.resolve("captions.tsv"), "# class, use, caption\n0\theld-out\ta top\nx\ttrain\tshoe\n");
        CliResult result = run("conditional-accuracy", textRun.toString(), "--per-class", "3", "--captions",
                captions.toString());
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(1);
        assertThat(result.err()).contains("Line 3 of " + captions).contains("class index");
    }

    @Test
    void sampleWithALabelNameSaysWhichClassItDrew() throws Exception {
        Path out = temp.resolve("sneakers.idx");
        CliResult result = run("sample", labelRun.toString(), "--n", "300", "--label", "Sneaker", "--out", out.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("Wrote 300 samples").contains("for label 7 (Sneaker)");
        IdxArray samples = IdxReader.read(out);
        assertThat(samples.dims()).containsExactly(300, 1, 28, 28);
    }

    @Test
    void sampleWithALabelIndexOrNoConditionWorks() {
        Path a = temp.resolve("three.png");
        Path b = temp.resolve("spread.png");
        assertThat(run("sample", labelRun.toString(), "--n", "4", "--label", "3", "--out", a.toString()).out())
                .contains("for label 3 (Dress)");
        CliResult spread = run("sample", labelRun.toString(), "--n", "10", "--out", b.toString());
        assertThat(spread.exitCode()).as(spread.transcript()).isZero();
    }

    @Test
    void sampleWithATextOfACaptionModelNamesTheUnknownWordsLeftOut() {
        Path out = temp.resolve("text.png");
        CliResult result = run("sample", textRun.toString(), "--n", "4", "--text", "a shiny sneaker", "--out",
                out.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("for text \"a shiny sneaker\" (unknown words left out: shiny)");
    }

    @Test
    void unknownLabelNameFailsListingTheValidOnes() {
        CliResult result = run("sample", labelRun.toString(), "--label", "hat", "--out", temp.resolve("x.png").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("no class called \"hat\"").contains("7 \"Sneaker\"").contains("9 \"Ankle boot\"");
    }

    @Test
    void labelIndexOutOfRangeFailsSayingTheRange() {
        CliResult result = run("sample", labelRun.toString(), "--label", "12", "--out", temp.resolve("x.png").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("label index 12 is out of range").contains("0 to 9");
    }

    @Test
    void emptyTextFails() {
        CliResult result = run("sample", textRun.toString(), "--text", "", "--out", temp.resolve("x.png").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("The text is empty");
    }

    @Test
    void textOfOnlyUnknownWordsFailsNamingThem() {
        CliResult result = run("sample", textRun.toString(), "--text", "purple hovercraft", "--out",
                temp.resolve("x.png").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("None of the words").contains("unknown: purple, hovercraft");
    }

    @Test
    void textOnALabelModelFailsSayingToUseALabel() {
        CliResult result = run("sample", labelRun.toString(), "--text", "a sneaker", "--out",
                temp.resolve("x.png").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("--text needs a model trained on captions").contains("Sneaker");
    }

    @Test
    void labelOnAnUnconditionalModelFailsNamingItsFamily() throws Exception {
        Path run = temp.resolve("ring8-run");
        assertThat(run("train", writeConfig(temp, "ring8.json", ring8Config(2, 2, 1)).toString(), "--out-dir",
                run.toString()).exitCode()).isZero();
        CliResult result = run("sample", run.toString(), "--label", "1", "--out", temp.resolve("x.idx").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("--label needs a conditional model").contains("family gan");
    }
}
