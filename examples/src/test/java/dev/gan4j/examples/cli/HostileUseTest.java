package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.train.RunDirectoryLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures of issue 14, each a test named for what broke: a run directory two processes wrote
 * at once, a run that failed its checks but claimed its directory, schedules that did not compose
 * with {@code --steps}, a config too big for the heap, and samples that were not streamed.
 */
class HostileUseTest {
    @TempDir
    Path temp;

    @Test
    void secondTrainIntoALockedRunDirectoryIsRefusedNamingTheHolderPid() throws Exception {
        Path config = writeConfig(temp, "tiny.json", ring8Config(4, 2, 1));
        Path runDir = temp.resolve("run");
        assertThat(run("train", config.toString(), "--out-dir", runDir.toString()).exitCode()).isZero();
        String metrics = Files.readString(runDir.resolve("metrics.jsonl"));
        try (RunDirectoryLock held = RunDirectoryLock.acquire(runDir)) {
            for (String[] command : new String[][] {{"train", config.toString(), "--out-dir", runDir.toString()},
                {"resume", runDir.toString()}}) {
                CliResult second = run(command);
                assertThat(second.exitCode()).as(second.transcript()).isEqualTo(1);
                assertThat(second.err()).as(command[0]).contains(runDir.toString())
                        .contains("PID " + ProcessHandle.current().pid()).contains("another gan4j process");
            }
            assertThat(Files.readString(runDir.resolve("metrics.jsonl"))).isEqualTo(metrics);
        }
        CliResult afterwards = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(afterwards.exitCode()).as(afterwards.transcript()).isZero();
    }

    @Test
    void runThatFailsItsChecksLeavesItsDirectoryAsItWas() throws Exception {
        String unfit = ring8Config(300, 100, 1).replace("\"seed\"",
                "\"schedule\": {\"type\": \"linear-decay\", \"hold\": 3000}, \"seed\"");
        Path config = writeConfig(temp, "unfit.json", unfit);
        Path fresh = temp.resolve("fresh");
        CliResult failed = run("train", config.toString(), "--out-dir", fresh.toString());
        assertThat(failed.exitCode()).as(failed.transcript()).isEqualTo(1);
        assertThat(failed.err()).contains("training.schedule.hold");
        assertThat(fresh).doesNotExist();

        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertThat(run("train", config.toString(), "--out-dir", empty.toString()).exitCode()).isEqualTo(1);
        assertThat(listing(empty)).isEmpty();

        Path corrected = writeConfig(temp, "unfit.json", ring8Config(300, 100, 1));
        CliResult fixed = run("train", corrected.toString(), "--out-dir", fresh.toString());
        assertThat(fixed.exitCode()).as(fixed.transcript()).isZero();
    }

    @Test
    void runWithMissingDataLeavesNoDirectory() throws Exception {
        Path config = writeConfig(temp, "nodata.json", ring8Config(4, 2, 1).replace("{\"type\": \"ring8\"}",
                "{\"type\": \"idx\", \"images\": \"" + temp.resolve("absent.idx") + "\"}"));
        Path runDir = temp.resolve("run");
        assertThat(run("train", config.toString(), "--out-dir", runDir.toString()).exitCode()).isEqualTo(1);
        assertThat(runDir).doesNotExist();
    }

    private static java.util.List<Path> listing(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
