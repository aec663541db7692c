package dev.gan4j.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints of format 1, whose optimiser states used the phases' own parameter names, read as today's. */
class FormatOneNamesTest {
    @TempDir
    Path tmp;

    private static Checkpoint formatOne(String optimiserKey) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("generator/0.weight", Tensor.zeros(2));
        tensors.put("generator.ema/0.weight", Tensor.zeros(2));
        Map<String, float[]> state = new LinkedHashMap<>();
        state.put("step", new float[] {3});
        state.put(optimiserKey, new float[] {0.5f, 0.25f});
        return new Checkpoint(3, tensors, Map.of("generator", state),
                Map.of("generator/0.weight.shadow", new float[] {1, 2}), Map.of("noise", 1L), new long[] {1}, "{}",
                "{}");
    }

    /** The file as format 1 wrote it: the same content, version 1 in the header (the digest covers the content only). */
    private Path writtenAsFormatOne(Checkpoint checkpoint) throws IOException {
        Path file = tmp.resolve("step-000003.ckpt");
        CheckpointFile.write(file, checkpoint);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(CheckpointFile.MAGIC.length, CheckpointFile.VERSION_ONE);
        return Files.write(file, bytes);
    }

    @Test
    void optimiserKeysOfFormatOneAreRenamedUnderTheLongestNetworkName() throws IOException {
        Checkpoint read = CheckpointFile.read(writtenAsFormatOne(formatOne("generator.ema.0.weight.exp_avg")));
        assertThat(read.optimizerStates().get("generator")).containsOnlyKeys("step", "generator.ema/0.weight.exp_avg");
        assertThat(read.optimizerStates().get("generator").get("generator.ema/0.weight.exp_avg"))
                .containsExactly(0.5f, 0.25f);
        assertThat(read.tensors()).containsOnlyKeys("generator/0.weight", "generator.ema/0.weight");
        assertThat(read.averageState()).containsOnlyKeys("generator/0.weight.shadow");
    }

    @Test
    void aFormatTwoFileIsReadAsWritten() throws IOException {
        Path file = tmp.resolve("step-000003.ckpt");
        CheckpointFile.write(file, formatOne("generator/0.weight.exp_avg"));
        assertThat(CheckpointFile.read(file).optimizerStates().get("generator"))
                .containsOnlyKeys("step", "generator/0.weight.exp_avg");
    }

    @Test
    void aFormatOneKeyOfNoNetworkIsRefusedWithASentence() throws IOException {
        Path file = writtenAsFormatOne(formatOne("critic.0.weight.exp_avg"));
        assertThatThrownBy(() -> CheckpointFile.read(file))
                .isInstanceOf(CorruptCheckpointException.class)
                .hasMessageContaining("format version 1")
                .hasMessageContaining("\"critic.0.weight.exp_avg\"")
                .hasMessageContaining("[generator, generator.ema]")
                .hasMessageContaining("resume it with the gan4j that wrote it");
    }
}
