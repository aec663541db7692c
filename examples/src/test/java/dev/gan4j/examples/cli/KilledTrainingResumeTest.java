package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.checkpoint.CheckpointFile;
import dev.gan4j.core.checkpoint.CheckpointStore;
import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resume at the process level, as the issues ask: {@code gan4j train} in a child JVM on one
 * thread, killed with SIGKILL five times and resumed with {@code gan4j resume} each time, gives at
 * the end bit for bit the weights, optimiser states, noise state and data position of the same run
 * left alone. Each kill comes once a later checkpoint exists, then at a random moment (mid-step or
 * mid-write, by chance), except every fifth from the third on, which lands inside a checkpoint write
 * on purpose: that child is started with {@link CheckpointFile#PAUSE_PROPERTY} and killed while it
 * waits half-way through the write, and the run must then hold the checkpoint before it, intact.
 * The children run on the client compiler alone ({@code -XX:TieredStopAtLevel=1}): Java's floating
 * point does not depend on the compiler, and each start-up costs about half as much.
 */
class KilledTrainingResumeTest {
    /** The run's length; the soak profile ({@code mvn -Psoak}) runs a longer one. */
    private static final int STEPS = Integer.getInteger("gan4j.soak.steps", 600);
    private static final int CHECKPOINT_EVERY = 20;
    /** How many times the run is killed and resumed before it may finish (more in the soak profile). */
    private static final int KILLS = Integer.getInteger("gan4j.soak.kills", 5);
    /** Kill {@value}, and every fifth after it, pauses its child inside a checkpoint write first. */
    private static final int FIRST_PAUSED_KILL = 2;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 1800, unit = TimeUnit.SECONDS)
    void trainKilledFiveTimesAndResumedEqualsAnUninterruptedRunBitForBit() throws Exception {
        long started = System.nanoTime();
        Path config = writeConfig(temp, "ring8.json", ring8Config(STEPS, CHECKPOINT_EVERY, 3));
        Path straight = temp.resolve("straight");
        Path interrupted = temp.resolve("interrupted");

        Process whole = start("straight-train", List.of(), "train", config.toString(), "--out-dir", straight.toString());
        Path latest = interrupted.resolve("checkpoints").resolve(CheckpointStore.LATEST);
        Random random = new Random(7);
        List<Long> kills = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            String name = "killed-" + kill;
            long after = (kill + 1L) * STEPS / (KILLS + 1);
            boolean paused = kill % 5 == FIRST_PAUSED_KILL;
            // the first checkpoint step from `after` on, and the one after it, whose write the paused child stops in
            long pauseStep = (after + CHECKPOINT_EVERY - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY + CHECKPOINT_EVERY;
            Path marker = temp.resolve("paused-" + kill);
            List<String> options = paused
                    ? List.of("-D" + CheckpointFile.PAUSE_PROPERTY + "=" + pauseStep + ":" + marker) : List.of();
            Process killed = kill == 0
                    ? start(name, options, "train", config.toString(), "--out-dir", interrupted.toString())
                    : start(name, options, "resume", interrupted.toString());
            if (paused) {
                while (killed.isAlive() && !Files.exists(marker)) {
                    Thread.sleep(2);
                }
                assertThat(marker).as("the child paused in the write of step " + pauseStep + "\n" + log(name))
                        .exists();
            } else {
                // once a later checkpoint exists, then a random moment on: mid-step or mid-write
                while (killed.isAlive() && checkpointedStep(latest) < after) {
                    Thread.sleep(2);
                }
                Thread.sleep(random.nextInt(40));
            }
            killed.destroyForcibly();
            killed.waitFor();
            long stepAtKill = latestStep(interrupted);
            assertThat(stepAtKill).as("kill " + kill + " came after step " + after + " and before the end\n"
                    + log(name)).isGreaterThanOrEqualTo(after).isLessThan(STEPS);
            if (paused) {
                assertThat(stepAtKill).as("the checkpoint before the interrupted write is the latest")
                        .isEqualTo(pauseStep - CHECKPOINT_EVERY);
                assertThat(unfinishedWrites(interrupted, pauseStep)).as("the write of step " + pauseStep
                        + " was left unfinished").isNotEmpty();
            }
            kills.add(stepAtKill);
        }

        Process resumed = start("resume", List.of(), "resume", interrupted.toString());
        assertThat(resumed.waitFor()).as(log("resume")).isZero();
        assertThat(log("resume")).contains("Resuming " + interrupted);
        assertThat(whole.waitFor()).as(log("straight-train")).isZero();
        System.out.printf("Killed the child %d times (latest checkpoints at kill: %s; kills %s paused in a checkpoint"
                + " write), resumed to %d; %.1f s in all.%n", KILLS, kills, pausedKills(), STEPS,
                (System.nanoTime() - started) / 1e9);

        Checkpoint expected = RunDirectory.open(straight).checkpoints().readLatest().orElseThrow();
        Checkpoint actual = RunDirectory.open(interrupted).checkpoints().readLatest().orElseThrow();
        assertThat(actual.step()).isEqualTo(STEPS);
        assertThat(expected.step()).isEqualTo(STEPS);
        assertThat(expected.tensors()).isNotEmpty();
        assertThat(expected.optimizerStates()).isNotEmpty();
        assertSameTensors(actual.tensors(), expected.tensors());
        assertThat(actual.optimizerStates().keySet()).containsExactlyElementsOf(expected.optimizerStates().keySet());
        for (String phase : expected.optimizerStates().keySet()) {
            assertSameFloats("optimiser of " + phase, actual.optimizerStates().get(phase),
                    expected.optimizerStates().get(phase));
        }
        assertSameFloats("moving average", actual.averageState(), expected.averageState());
        assertThat(actual.randomStates()).isEqualTo(expected.randomStates());
        assertThat(actual.dataState()).containsExactly(expected.dataState());
    }

    /**
     * Starts {@code gan4j args...} in a child JVM on one kernel thread, with the extra JVM
     * {@code options}, its output going to a log file.
     */
    private Process start(String name, List<String> options, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Gan4jCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".log").toFile());
        builder.environment().put("GAN4J_THREADS", "1");
        builder.environment().put("OPENBLAS_NUM_THREADS", "1");
        return builder.start();
    }

    /** The temporary files a write of the checkpoint of {@code step} left in {@code run}'s checkpoints. */
    private static List<Path> unfinishedWrites(Path run, long step) throws IOException {
        String prefix = String.format("step-%06d.ckpt.", step);
        try (Stream<Path> files = Files.list(run.resolve("checkpoints"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(AtomicFile.TEMP_SUFFIX)).toList();
        }
    }

    private String log(String name) throws IOException {
        Path file = temp.resolve(name + ".log");
        return Files.exists(file) ? name + " log:\n" + Files.readString(file) : "(no log of " + name + ")";
    }

    private static List<Integer> pausedKills() {
        List<Integer> paused = new ArrayList<>();
        for (int kill = FIRST_PAUSED_KILL; kill < KILLS; kill += 5) {
            paused.add(kill);
        }
        return paused;
    }

    /** The step of the checkpoint that {@code latest} names, or 0 while there is none. */
    private static long checkpointedStep(Path latest) throws IOException {
        if (!Files.exists(latest)) {
            return 0;
        }
        String name = Files.readString(latest).strip();
        return name.isEmpty() ? 0 : CheckpointStore.stepOf(Path.of(name));
    }

    private static long latestStep(Path run) throws IOException {
        return RunDirectory.open(run).checkpoints().latest().map(CheckpointStore::stepOf).orElse(0L);
    }

    private static void assertSameTensors(Map<String, Tensor> actual, Map<String, Tensor> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(actual.get(name).dims()).as(name).containsExactly(expected.get(name).dims());
            assertThat(bits(actual.get(name).data())).as(name).containsExactly(bits(expected.get(name).data()));
        }
    }

    private static void assertSameFloats(String what, Map<String, float[]> actual, Map<String, float[]> expected) {
        assertThat(actual.keySet()).as(what).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(bits(actual.get(name))).as(what + ": " + name).containsExactly(bits(expected.get(name)));
        }
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
