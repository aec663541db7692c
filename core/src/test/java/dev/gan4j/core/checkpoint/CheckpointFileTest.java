package dev.gan4j.core.checkpoint;

import dev.gan4j.core.io.AtomicFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint file format: a full round trip, and a sentence for each way a file can be broken. */
class CheckpointFileTest {
    @TempDir
    Path tmp;

    static Checkpoint sample() {
        Rng rng = new Rng(3);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("generator/0.weight", Tensor.randn(rng, 20000, 3));
        tensors.put("generator/1.running_mean", Tensor.randn(rng, 7));
        tensors.put("discriminator/scale", Tensor.scalar(2.5f));
        Map<String, Map<String, float[]>> optimizers = new LinkedHashMap<>();
        optimizers.put("discriminator", Map.of("step", new float[] {12}, "scale.exp_avg", new float[] {0.25f}));
        optimizers.put("generator", Map.of("step", new float[] {6}));
        return new Checkpoint(1234, tensors, optimizers,
                Map.of("step", new float[] {6}, "generator/0.weight.shadow", new float[] {1, Float.NaN, -0f}),
                Map.of("noise", -5L), new long[] {Long.MIN_VALUE, 0, 99}, "{\"config\":\"é\"}",
                "{\"gan4j\":\"0.1\"}");
    }

    @Test
    void roundTripRestoresEveryPartBitForBit() throws IOException {
        Checkpoint original = sample();
        Path file = tmp.resolve("step-001234.ckpt");
        CheckpointFile.write(file, original);
        Checkpoint read = CheckpointFile.read(file);

        assertThat(read.step()).isEqualTo(1234);
        assertThat(read.tensors().keySet()).containsExactlyElementsOf(original.tensors().keySet());
        original.tensors().forEach((name, t) -> {
            assertThat(read.tensors().get(name).shape()).isEqualTo(t.shape());
            assertThat(read.tensors().get(name).data()).isEqualTo(t.data());
        });
        assertThat(read.optimizerStates().keySet()).containsExactly("discriminator", "generator");
        assertThat(read.optimizerStates().get("discriminator").get("scale.exp_avg")).containsExactly(0.25f);
        assertThat(read.averageState().get("generator/0.weight.shadow")).containsExactly(1, Float.NaN, -0f);
        assertThat(read.randomStates()).containsEntry("noise", -5L);
        assertThat(read.dataState()).containsExactly(Long.MIN_VALUE, 0, 99);
        assertThat(read.config()).isEqualTo("{\"config\":\"é\"}");
        assertThat(read.provenance()).isEqualTo("{\"gan4j\":\"0.1\"}");
        assertThat(tmp).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void fileShorterThanTheHeaderIsReportedAsTruncated() throws IOException {
        Path file = written();
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 20));
        assertThatThrownBy(() -> CheckpointFile.read(file)).isInstanceOf(CorruptCheckpointException.class)
                .hasMessage("The checkpoint " + file + " is truncated: it is 20 bytes long, shorter than the 52-byte "
                        + "header.");
    }

    @Test
    void fileCutInTheContentSaysHowMuchIsMissing() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1000));
        long content = bytes.length - CheckpointFile.HEADER_BYTES;
        assertThatThrownBy(() -> CheckpointFile.read(file)).isInstanceOf(CorruptCheckpointException.class)
                .hasMessage("The checkpoint " + file + " is truncated: its header announces " + content
                        + " bytes of content but only " + (content - 1000) + " follow.");
    }

    @Test
    void alteredByteFailsTheChecksum() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> CheckpointFile.read(file)).isInstanceOf(CorruptCheckpointException.class)
                .hasMessageStartingWith("The checkpoint " + file + " is corrupt: its content's SHA-256 is ")
                .hasMessageContaining("but its header records");
    }

    @Test
    void extraBytesAtTheEndAreReported() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length + 3));
        assertThatThrownBy(() -> CheckpointFile.read(file)).isInstanceOf(CorruptCheckpointException.class)
                .hasMessageContaining("has 3 bytes more than the");
    }

    @Test
    void fileOfAnotherKindIsNotACheckpoint() throws IOException {
        Path file = tmp.resolve("notes.ckpt");
        Files.writeString(file, "x".repeat(100));
        assertThatThrownBy(() -> CheckpointFile.read(file)).isInstanceOf(CorruptCheckpointException.class)
                .hasMessage("The checkpoint " + file + " is not a gan4j checkpoint: it does not start with "
                        + "\"GAN4JCKP\".");
    }

    @Test
    void missingFileIsNamed() {
        Path file = tmp.resolve("step-000001.ckpt");
        assertThatThrownBy(() -> CheckpointFile.read(file)).isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = written();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> AtomicFile.write(file, channel -> {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(tmp).isDirectoryNotContaining("glob:**.tmp");
    }

    private Path written() throws IOException {
        Path file = tmp.resolve("step-001234.ckpt");
        CheckpointFile.write(file, sample());
        return file;
    }
}
