package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j compare}: tiny autoencoder, vae, ebm and gan runs on ring8 under one budget give one
 * page with a row and a picture per family, their mode coverage, training and sampling times; configs
 * on different data are refused.
 */
class CompareCommandTest {
    private static final String TRAINING = "\"data\": {\"type\": \"ring8\"}, \"training\": {\"steps\": 15, \"batchSize\": 32,"
            + " \"seed\": 1, \"logEvery\": 15, \"sampleEvery\": 15, \"checkpointEvery\": 15}}";

    @TempDir
    Path temp;

    private Path config(String name, String family) throws Exception {
        return writeConfig(temp, name + ".json", "{\"family\": " + family + ", " + TRAINING);
    }

    @Test
    void writesOnePageComparingEveryFamilyOnTheSameData() throws Exception {
        String mlp = "{\"type\": \"mlp\", \"hiddenSizes\": [16, 16]}";
        Path autoencoder = config("autoencoder-ring8", "{\"type\": \"autoencoder\", \"network\": " + mlp + ", \"latentSize\": 2}");
        Path vae = config("vae-ring8", "{\"type\": \"vae\", \"network\": " + mlp + ", \"latentSize\": 2}");
        Path ebm = config("ebm-ring8", "{\"type\": \"ebm\", \"network\": " + mlp + ", \"langevinSteps\": 3, \"stepSize\": 0.01,"
                + " \"dataRange\": [-3, 3], \"sampleSteps\": 5}");
        Path gan = config("gan-ring8", "{\"type\": \"gan\", \"network\": " + mlp + ", \"latentSize\": 2}");
        Path page = temp.resolve("out").resolve("compare.html");
        CliResult result = run("compare", autoencoder.toString(), vae.toString(), ebm.toString(), gan.toString(),
                "--seconds", "60", "--n", "200", "--out", page.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("ebm-ring8: 15 steps in").contains("Wrote " + page);
        String html = Files.readString(page);
        for (String family : new String[] {"autoencoder", "vae", "ebm", "gan"}) {
            assertThat(html).contains("<td>" + family + "-ring8</td><td>" + family + "</td><td>15</td>");
        }
        assertThat(html).contains("sampling s / 1,000").contains("modes_covered").contains("high_quality_fraction")
                .contains("200 samples per family against ring8");
        assertThat(html.split("data:image/png;base64,", -1)).as("one picture per family").hasSize(5);
    }

    @Test
    void aTimeBudgetStopsEveryConfigAtTheFirstLookAtTheClockAfterItRunsOut() throws Exception {
        Path gan = config("gan-ring8", "{\"type\": \"gan\", \"latentSize\": 2, \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [8]}}");
        Path page = temp.resolve("budget.html");
        CliResult result = run("compare", gan.toString(), "--seconds", "0.000001", "--n", "50", "--out", page.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(Files.readString(page)).as("one chunk of 10 of the config's 15 steps")
                .contains("<td>gan-ring8</td><td>gan</td><td>10</td>");
        assertThat(run("compare", gan.toString(), "--seconds", "0", "--out", page.toString()).err())
                .contains("--seconds is 0.0, but the training budget must be a positive number of seconds.");
    }

    @Test
    void aCpuTimeBudgetStopsEveryConfigOnTheTrainingThreadsCpuClockAndIsExclusiveWithSeconds() throws Exception {
        Path gan = config("gan-ring8", "{\"type\": \"gan\", \"latentSize\": 2, \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [8]}}");
        Path page = temp.resolve("cpu.html");
        CliResult result = run("compare", gan.toString(), "--cpu-seconds", "0.000001", "--n", "50", "--out", page.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        String html = Files.readString(page);
        assertThat(html).as("one chunk of 10 of the config's 15 steps").contains("<td>gan-ring8</td><td>gan</td><td>10</td>")
                .contains("training CPU s").contains("sampling CPU s / 1,000").contains("CPU s of the training thread per config");
        assertThat(run("compare", gan.toString(), "--cpu-seconds", "-1", "--out", page.toString()).err())
                .contains("--cpu-seconds is -1.0, but the training budget must be a positive number of seconds.");
        assertThat(run("compare", gan.toString(), "--seconds", "5", "--cpu-seconds", "5", "--out", page.toString()).err())
                .contains("--seconds and --cpu-seconds were both given");
    }

    @Test
    void configsOnDifferentDataAreRefusedNamingBoth() throws Exception {
        Path ring = config("gan-ring8", "{\"type\": \"gan\", \"latentSize\": 2}");
        Path grid = writeConfig(temp, "gan-grid25.json", Files.readString(ring).replace("ring8", "grid25"));
        CliResult result = run("compare", ring.toString(), grid.toString(), "--out", temp.resolve("c.html").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("same data").contains("gan-ring8.json").contains("gan-grid25.json");
    }
}
