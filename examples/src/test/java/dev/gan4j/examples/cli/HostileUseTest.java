package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ScheduleConfig;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.RunDirectoryLock;
import dev.gan4j.core.train.ScheduleFactory;
import dev.gan4j.examples.ShippedConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        String unfit = ring8Config(20, 20, 1).replace("\"seed\"",
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

        Path corrected = writeConfig(temp, "unfit.json", unfit.replace("\"hold\": 3000", "\"hold\": 0.5"));
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

    @Test
    void stepsBelowAShippedScheduleHoldNowRun() throws Exception {
        CliResult result = run("train", Path.of("configs", "gan-ring8.json").toString(), "--out-dir",
                temp.resolve("short").toString(), "--steps", "30", "--set", "training.batchSize=16",
                "--set", "family.network.hiddenSizes=[8]", "--set", "training.checkpointEvery=30");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
    }

    @Test
    void everyShippedScheduleComposesWithAnySteps() throws Exception {
        ConfigLoader loader = FamilyDiscovery.scanClasspath().configLoader(List.of());
        int withSchedules = 0;
        try (Stream<Path> configs = ShippedConfigs.all()) {
            for (Path file : configs.toList()) {
                ScheduleConfig schedule = loader.load(file, ConfigOverrides.none()).config().training().schedule();
                if (schedule.type().equals("constant")) {
                    continue;
                }
                withSchedules++;
                for (int steps : new int[] {2, 30, 100_000}) {
                    assertThat(ScheduleFactory.create(schedule, 1e-3, steps).learningRate(0)).as(file + " " + steps)
                            .isEqualTo(1e-3);
                }
            }
        }
        assertThat(withSchedules).isGreaterThanOrEqualTo(3);
    }

    @Test
    void finishedRunIsExtendedByResumeStepsAndEqualsARunThatLongFromTheStart() throws Exception {
        Path four = temp.resolve("four");
        Path eight = temp.resolve("eight");
        Path config = writeConfig(temp, "tiny.json", ring8Config(4, 2, 1));
        assertThat(run("train", config.toString(), "--out-dir", four.toString()).exitCode()).isZero();
        assertThat(run("train", config.toString(), "--out-dir", eight.toString(), "--steps", "8").exitCode()).isZero();

        CliResult extended = run("resume", four.toString(), "--steps", "8");
        assertThat(extended.exitCode()).as(extended.transcript()).isZero();
        assertThat(extended.err()).contains("Extending " + four + " from 4 to 8 steps").contains("constant");
        assertThat(Files.readString(four.resolve("extensions.json"))).contains("\"atStep\" : 4")
                .contains("\"toSteps\" : 8");
        Checkpoint last = RunDirectory.open(four).checkpoints().readLatest().orElseThrow();
        assertThat(last.step()).isEqualTo(8);
        assertThat(last.provenance()).contains("\"extensions\":[{\"atStep\":4,\"fromSteps\":4,\"toSteps\":8}]");

        Path a = temp.resolve("a.idx");
        Path b = temp.resolve("b.idx");
        assertThat(run("sample", four.toString(), "--n", "50", "--out", a.toString()).exitCode()).isZero();
        assertThat(run("sample", eight.toString(), "--n", "50", "--out", b.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));

        CliResult again = run("resume", four.toString());
        assertThat(again.exitCode()).as("a plain resume keeps the extension: " + again.transcript()).isZero();
        CliResult notLonger = run("resume", four.toString(), "--steps", "6");
        assertThat(notLonger.exitCode()).isEqualTo(1);
        assertThat(notLonger.err()).contains("--steps 6 would not extend the run: it already runs to 8 steps");
    }

    @Test
    void runWithAScheduleThatCannotBeBuiltLeavesNoDirectory() throws Exception {
        Path runDir = temp.resolve("run");
        Path config = writeConfig(temp, "held.json", ring8Config(4, 2, 1).replace("\"seed\"",
                "\"schedule\": {\"type\": \"step\", \"every\": 0, \"gamma\": 0.5}, \"seed\""));
        CliResult trained = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isEqualTo(1);
        assertThat(runDir).doesNotExist();
    }

    @Test
    void bigSampleIsStreamedToTheFileWithProgressInBoundedMemory() throws Exception {
        Path runDir = temp.resolve("run");
        Path config = writeConfig(temp, "tiny.json", ring8Config(2, 2, 1));
        assertThat(run("train", config.toString(), "--out-dir", runDir.toString()).exitCode()).isZero();
        int n = 6_000_000; // 48 MB of samples: twice what the child's whole heap may hold
        Path big = temp.resolve("big.idx");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Gan4jCommand.class.getName(), "sample",
                runDir.toString(), "--n", Integer.toString(n), "--seed", "5", "--out", big.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(temp.resolve("child.log"));
        assertThat(child.exitValue()).as(log).isZero();
        assertThat(log).contains("Sampling 100% (" + n + " of " + n + ")").contains("Wrote " + n + " samples [" + n + ", 2]");
        assertThat(Files.size(big)).as("a 12-byte header, then the floats").isEqualTo(12 + 4L * 2 * n);

        Path small = temp.resolve("small.idx");
        CliResult few = run("sample", runDir.toString(), "--n", "512", "--seed", "5", "--out", small.toString());
        assertThat(few.exitCode()).as(few.transcript()).isZero();
        assertThat(few.err()).as("no progress line for a small job").doesNotContain("Sampling");
        byte[] smallBytes = Files.readAllBytes(small);
        byte[] head = new byte[smallBytes.length - 12];
        try (java.io.InputStream in = Files.newInputStream(big)) {
            in.skipNBytes(12);
            in.readNBytes(head, 0, head.length);
        }
        assertThat(head).as("the streamed file begins with the samples of the same seed")
                .isEqualTo(java.util.Arrays.copyOfRange(smallBytes, 12, smallBytes.length));
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(f -> f.contains(".tmp"));
        }
    }

    @Test
    void pictureOfTooManySamplesIsRefusedPointingToIdx() throws Exception {
        CliResult result = run("sample", temp.toString(), "--n", "20000", "--out", temp.resolve("g.png").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--n 20000 is too many samples for one picture").contains("--out FILE.idx");
    }

    @Test
    void configTooBigForTheHeapEndsInASentenceNotAStackTrace() throws Exception {
        Path config = writeConfig(temp, "huge.json", ring8Config(4, 2, 1).replace("[16, 16]", "[40000, 40000]"));
        Path runDir = temp.resolve("huge-run");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Gan4jCommand.class.getName(), "train",
                config.toString(), "--out-dir", runDir.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("huge.log").toFile()).start();
        assertThat(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(temp.resolve("huge.log")).strip();
        assertThat(child.exitValue()).as(log).isEqualTo(1);
        // refused by the estimate before the networks exist, not by the OutOfMemoryError backstop
        assertThat(log).as(log).startsWith("gan4j: The run needs about ").endsWith(".")
                .contains("GiB of heap for its first network")
                .contains("the generator (mlp) has 1.6 billion parameters, 1.6 billion of them in layer 2 (Linear "
                        + "40000x40000)")
                .contains("maximum heap of 256 MiB").contains("nothing was allocated for it")
                .contains("GAN4J_JAVA_OPTS=-Xmx").doesNotContain("ran out of memory").doesNotContain("\tat ")
                .doesNotContain("Exception in thread");
        assertThat(runDir).as("the run never started, so it claimed no directory").doesNotExist();
    }

    @Test
    void issueReproductionWithFashionMnistIsRefusedByTheEstimateBeforeItsDirectoryExists() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.gan4j.core.data.FashionMnistLocator.standard(null)
                .candidates().stream().anyMatch(Files::isDirectory), "Fashion-MNIST is not installed");
        Path runDir = temp.resolve("wide-run");
        CliResult result = run("train", "configs/gan-fashion-mnist.json", "--set",
                "family.network.hiddenSizes=[40000,40000]", "--out-dir", runDir.toString());
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("gan4j: The run needs about ")
                .contains("layer 2 (Linear 40000x40000)").contains("maximum heap of")
                .contains("GAN4J_JAVA_OPTS=-Xmx").endsWith(".");
        assertThat(runDir).doesNotExist();
    }

    private static java.util.List<Path> listing(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
