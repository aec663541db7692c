package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.config.TrainingConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress output: a line per log step off a terminal, one line redrawn in place on one. */
class ConsoleProgressTest {
    private static TrainingStart start(long from, long to) {
        TrainingConfig training = new TrainingConfig((int) to, 8, 1, null, null, 0, 10, 100, 100, 4);
        RunSeeds seeds = RunSeeds.of(1);
        return new TrainingStart(from, to, training, new TinyGanSystem(seeds.initialisation()), new FourGaussians(),
                seeds, Optional.empty(), Optional.empty());
    }

    private static StepReport report(long step, long target, double elapsed) {
        return new StepReport(step, target, elapsed, Instant.EPOCH, Map.of(
                "discriminator", new PhaseReport(1.2345678, Map.of(), 2e-4)));
    }

    @Test
    void offATerminalItPrintsALinePerLogStepWithRateEtaAndLosses() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.onStart(start(0, 40));
        for (int step = 1; step <= 40; step++) {
            progress.onStepEnd(report(step, 40, step / 10.0));
        }
        progress.onEnd(40);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("step 10/40 [======>").contains(" 25% 10.0 it/s ETA 0:03 | discriminator 1.235");
        assertThat(lines[4]).isEqualTo("Finished at step 40.");
    }

    @Test
    void onATerminalItRedrawsOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.onStart(start(0, 3));
        for (int step = 1; step <= 3; step++) {
            progress.onStepEnd(report(step, 3, step));
        }
        progress.onEnd(3);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\rstep 1/3").contains("\rstep 3/3").endsWith("\nFinished at step 3.\n");
        assertThat(out.split("\n")).hasSize(2);
    }

    @Test
    void resumedRunSaysWhereItResumes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.onStart(start(100, 200));
        progress.onStepEnd(report(110, 200, 1.0));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("Resuming at step 100 of 200.\n")
                .contains("step 110/200").contains("10.0 it/s ETA 0:09");
    }

    @Test
    void durationsReadAsMinutesOrHours() {
        assertThat(ConsoleProgress.duration(59.4)).isEqualTo("0:59");
        assertThat(ConsoleProgress.duration(3725)).isEqualTo("1:02:05");
    }

    @Test
    void onSampleStepsItPrintsEachNewEvaluationOfTheMetricsFile(@TempDir Path dir) throws Exception {
        RunDirectory run = RunDirectory.create(dir.resolve("run"), "{}");
        Files.writeString(run.metricsFile(), "{\"step\":5,\"evaluation\":{\"fid\":99.0}}\n");
        TrainingConfig training = new TrainingConfig(20, 8, 1, null, null, 0, 10, 100, 100, 4);
        RunSeeds seeds = RunSeeds.of(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.onStart(new TrainingStart(5, 20, training, new TinyGanSystem(seeds.initialisation()),
                new FourGaussians(), seeds, Optional.of(run), Optional.empty()));
        Files.writeString(run.metricsFile(), "{\"step\":10,\"losses\":{\"generator\":0.7}}\n"
                + "{\"step\":10,\"evaluation\":{\"features\":\"cnn\",\"samples\":500,\"seconds\":1.24,"
                + "\"fid\":41.298765,\"precision\":0.5}}\n{\"step\":11,\"evalu", StandardOpenOption.APPEND);
        progress.onSampleTime(null);
        progress.onSampleTime(null);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Resuming at step 5 of 20.\n"
                + "Evaluation at step 10: samples 500 fid 41.30 precision 0.5000 (1.2 s)\n");
    }
}
