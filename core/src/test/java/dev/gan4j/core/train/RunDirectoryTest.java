package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory belongs to one config. */
class RunDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void newDirectoryGetsTheConfigAsGiven() throws IOException {
        Path run = tmp.resolve("a/b");
        RunDirectory dir = RunDirectory.create(run, "{\"x\":1}");
        assertThat(Files.readString(run.resolve("config.json"))).isEqualTo("{\"x\":1}\n");
        assertThat(dir.config()).isEqualTo("{\"x\":1}");
        assertThat(dir.metricsFile()).isEqualTo(run.resolve("metrics.jsonl"));
        assertThat(dir.checkpoints().directory()).isEqualTo(run.resolve("checkpoints"));
    }

    @Test
    void directoryHoldingADifferentConfigIsRefusedWithASentence() throws IOException {
        Path run = tmp.resolve("run");
        RunDirectory.create(run, "{\"family\":{\"type\":\"gan\"},\"training\":{\"steps\":3000}}");
        assertThatThrownBy(() -> RunDirectory.create(run,
                "{\"family\":{\"type\":\"gan\"},\"training\":{\"steps\":4000}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The run directory " + run + " already holds a different config (they first differ at "
                        + "character 46: the directory's has \"…\"training\":{\"steps\":3000}}\", this run's has "
                        + "\"…\"training\":{\"steps\":4000}}\"); give the run another directory, or continue the "
                        + "existing run with `gan4j resume " + run + "`.");
    }

    @Test
    void directoryHoldingTheSameConfigReopensForResuming() throws IOException {
        Path run = tmp.resolve("run");
        RunDirectory.create(run, "{\"x\":1}");
        assertThat(RunDirectory.create(run, "{\"x\":1}\n").config()).isEqualTo("{\"x\":1}");
        assertThat(RunDirectory.open(run).config()).isEqualTo("{\"x\":1}");
    }

    @Test
    void directoryWithOtherFilesButNoConfigIsRefused() throws IOException {
        Files.writeString(tmp.resolve("thesis.tex"), "...");
        assertThatThrownBy(() -> RunDirectory.create(tmp, "{}"))
                .hasMessage("The directory " + tmp + " holds files but no config.json, so it is not a run directory; "
                        + "give the run an empty or new directory.");
    }

    @Test
    void openingADirectoryWithoutConfigNamesIt() {
        assertThatThrownBy(() -> RunDirectory.open(tmp.resolve("nothing")))
                .hasMessage(tmp.resolve("nothing") + " is not a run directory: it has no config.json. Give the "
                        + "directory that `gan4j train` wrote (its --out-dir).");
    }
}
