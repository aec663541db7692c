package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.kernel.Kernels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan4j train} and {@code gan4j resume} say which kernel backend the run uses (and which cannot run here, and why). */
class KernelsLineTest {
    @TempDir
    Path temp;

    @Test
    void trainAndResumePrintTheKernelBackendLine() throws Exception {
        Path config = writeConfig(temp, "tiny.json", ring8Config(4, 2, 1));
        Path runDir = temp.resolve("run");
        String line = Kernels.describe(Kernels.current());
        assertThat(line).startsWith("Kernels: " + Kernels.current().name());

        CliResult trained = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isZero();
        assertThat(trained.err()).contains(line);

        CliResult resumed = run("resume", runDir.toString(), "--steps", "6");
        assertThat(resumed.exitCode()).as(resumed.transcript()).isZero();
        assertThat(resumed.err()).contains(line);
    }
}
