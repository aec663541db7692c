package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan4j report} for one run and for a comparison, and {@code gan4j data fetch}'s bad input. */
class ReportAndDataCommandTest {
    @TempDir
    static Path temp;

    @BeforeAll
    static void trainTwoTinyRuns() throws Exception {
        for (long seed : new long[] {1, 2}) {
            Path config = writeConfig(temp, "ring8-" + seed + ".json", ring8Config(20, 10, seed));
            CliResult result = run("train", config.toString(), "--out", temp.resolve("run" + seed).toString());
            assertThat(result.exitCode()).as(result.transcript()).isZero();
        }
    }

    @Test
    void reportOfSeveralRunsWritesOneComparisonPage() throws Exception {
        Path out = temp.resolve("compare.html");
        CliResult result = run("report", temp.resolve("run1").toString(), temp.resolve("run2").toString(),
                "--out", out.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("Wrote " + out.toAbsolutePath().normalize() + " (2 runs)");
        String html = Files.readString(out);
        assertThat(html).contains("id=\"compare-table\"", "<th>run1</th>", "<th>run2</th>", "chart-loss-");
        assertThat(html).doesNotContain("http://", "https://");
    }

    @Test
    void reportOfOneRunRewritesItsDashboard() throws Exception {
        Path run1 = temp.resolve("run1");
        CliResult result = run("report", run1.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(Files.readString(run1.resolve("report.html"))).contains("as of the run directory",
                "id=\"grid-slider\"", "&quot;family&quot;").doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void fetchingAnUnknownDatasetNamesTheKnownOnes() {
        CliResult result = run("data", "fetch", "cifar-10");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("There is no dataset \"cifar-10\"", "known datasets: fashion-mnist");
    }
}
