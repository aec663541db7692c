package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code gan4j}, each a failed command (exit status 1) whose message is a sentence
 * that names the culprit and what to do: the list of errors a user meets.
 */
class BadInputTest {
    @TempDir
    Path temp;

    @Test
    void unknownFamilyIdListsTheInstalledFamilies() throws IOException {
        Path config = writeConfig(temp, "bad.json", ring8Config(5, 5, 1).replace("\"type\": \"gan\"", "\"type\": \"gann\""));
        CliResult result = run("train", config.toString(), "--out-dir", temp.resolve("run").toString());
        assertFailsWithASentence(result);
        assertThat(result.err()).contains("gann").contains("gan").contains("dcgan").contains("vae")
                .contains("autoencoder").contains("rsgan");
        assertThat(temp.resolve("run")).doesNotExist();
    }

    @Test
    void unknownConfigFieldListsTheKnownFields() throws IOException {
        Path config = writeConfig(temp, "bad.json", ring8Config(5, 5, 1).replace("\"batchSize\"", "\"batchSise\""));
        CliResult result = run("train", config.toString(), "--out-dir", temp.resolve("run").toString());
        assertFailsWithASentence(result);
        assertThat(result.err()).contains("batchSise").contains("batchSize").contains("steps").contains("seed")
                .contains("checkpointEvery");
    }

    @Test
    void fieldOfTheWrongTypeNamesTheFieldAndTheExpectedType() throws IOException {
        Path config = writeConfig(temp, "bad.json", ring8Config(5, 5, 1).replace("\"latentSize\": 2", "\"latentSize\": \"two\""));
        CliResult result = run("train", config.toString(), "--out-dir", temp.resolve("run").toString());
        assertFailsWithASentence(result);
        assertThat(result.err()).contains("family.latentSize").contains("whole number").contains("two");
    }

    @Test
    void missingIdxDatasetNamesTheFile() throws IOException {
        Path missing = temp.resolve("no-such-images.idx");
        Path config = writeConfig(temp, "bad.json", ring8Config(5, 5, 1)
                .replace("{\"type\": \"ring8\"}", "{\"type\": \"idx\", \"images\": \"" + missing + "\"}"));
        CliResult result = run("train", config.toString(), "--out-dir", temp.resolve("run").toString());
        assertFailsWithASentence(result);
        assertThat(result.err()).contains(missing.toString()).contains("does not exist").contains("data.images");
    }

    @Test
    void truncatedIdxFileSaysItIsTruncated() throws IOException {
        Path images = temp.resolve("points.idx");
        ByteBuffer header = ByteBuffer.allocate(12).putInt(0x0802).putInt(10).putInt(2);
        byte[] bytes = Arrays.copyOf(header.array(), 12 + 7);
        Files.write(images, bytes);
        Path config = writeConfig(temp, "bad.json", ring8Config(5, 5, 1)
                .replace("{\"type\": \"ring8\"}", "{\"type\": \"idx\", \"images\": \"" + images + "\"}"));
        CliResult result = run("train", config.toString(), "--out-dir", temp.resolve("run").toString());
        assertFailsWithASentence(result);
        assertThat(result.err()).contains(images.toString()).contains("truncated").contains("[10, 2]");
    }

    @Test
    void truncatedCheckpointStopsResumeAndSampleNamingTheFileAndAnIntactOne() throws IOException {
        Path runDir = trainTinyRun(6, 3);
        Path latest = runDir.resolve("checkpoints").resolve("step-000006.ckpt");
        byte[] whole = Files.readAllBytes(latest);
        Files.write(latest, Arrays.copyOf(whole, whole.length / 2));

        for (String[] command : new String[][] {{"resume", runDir.toString()},
            {"sample", runDir.toString(), "--n", "10", "--out", temp.resolve("s.idx").toString()}}) {
            CliResult result = run(command);
            assertFailsWithASentence(result);
            assertThat(result.err()).as(command[0]).contains(latest.toString()).contains("is truncated")
                    .contains("step-000003.ckpt");
        }
        assertThat(temp.resolve("s.idx")).doesNotExist();
    }

    @Test
    void alteredCheckpointStopsResumeAndSampleWithTheChecksumMismatch() throws IOException {
        Path runDir = trainTinyRun(6, 3);
        Path latest = runDir.resolve("checkpoints").resolve("step-000006.ckpt");
        byte[] bytes = Files.readAllBytes(latest);
        bytes[bytes.length - 9] ^= 0x10;
        Files.write(latest, bytes);

        for (String[] command : new String[][] {{"resume", runDir.toString()},
            {"sample", runDir.toString(), "--n", "10", "--out", temp.resolve("s.png").toString()}}) {
            CliResult result = run(command);
            assertFailsWithASentence(result);
            assertThat(result.err()).as(command[0]).contains(latest.toString()).contains("is corrupt")
                    .contains("SHA-256").contains("step-000003.ckpt");
        }
    }

    @Test
    void runDirectoryHoldingADifferentConfigIsRefusedAndKept() throws IOException {
        Path runDir = trainTinyRun(4, 4);
        String before = Files.readString(runDir.resolve("config.json"));
        Path other = writeConfig(temp, "other.json", ring8Config(4, 4, 2));
        CliResult result = run("train", other.toString(), "--out-dir", runDir.toString());
        assertFailsWithASentence(result);
        assertThat(result.err()).contains(runDir.toString()).contains("already holds a different config")
                .contains("gan4j resume");
        assertThat(Files.readString(runDir.resolve("config.json"))).isEqualTo(before);
    }

    /** Trains the tiny ring8 config for {@code steps} with a checkpoint every {@code checkpointEvery}. */
    private Path trainTinyRun(int steps, int checkpointEvery) throws IOException {
        Path config = writeConfig(temp, "tiny.json", ring8Config(steps, checkpointEvery, 1));
        Path runDir = temp.resolve("run");
        CliResult trained = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isZero();
        return runDir;
    }

    /**
     * Exit status 1, nothing on standard output, and on the error stream one message that reads as
     * a sentence: "gan4j: " then at least eight words, ending with a full stop.
     */
    private static void assertFailsWithASentence(CliResult result) {
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(1);
        String message = result.err().strip();
        assertThat(message).as(result.transcript()).startsWith("gan4j: ").endsWith(".");
        assertThat(message.split("\\s+")).as(result.transcript()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(message).as("no stack trace: " + result.transcript()).doesNotContain("\tat ");
    }
}
