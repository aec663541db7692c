package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gan4j.core.checkpoint.CheckpointStore;
import dev.gan4j.core.config.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single-byte changes and truncations of a small checkpoint are refused when read, each with an
 * I/O error whose message is a sentence naming the file; none loads and no other kind of exception
 * escapes. The soak profile ({@code mvn -Psoak}) tries every byte position; the default suite every
 * position of the head and a spread over the rest.
 */
class CheckpointCorruptionPropertiesTest {
    /** Whether every byte is tried (the soak profile) rather than a spread of them. */
    private static final boolean EXHAUSTIVE = Boolean.getBoolean("gan4j.soak.exhaustive");
    private static final int HEAD = 512;
    private static final int STRIDE = 11;

    @TempDir
    static Path temp;

    private static byte[] intact;
    private static CheckpointStore store;

    @BeforeAll
    static void writeASmallCheckpoint() throws IOException {
        TrainingConfig training = TinyRun.training(60, 60);
        TinyRun.trainer(temp.resolve("run"), training, List.of()).train();
        store = new CheckpointStore(temp.resolve("run").resolve("checkpoints"), CheckpointStore.DEFAULT_KEEP);
        intact = Files.readAllBytes(store.latest().orElseThrow());
        assertThat(store.read(store.latest().orElseThrow()).step()).isEqualTo(60);
    }

    @Test
    void everySingleByteFlipIsRefusedWithASentence() throws IOException {
        Path file = Files.createDirectories(temp.resolve("flipped")).resolve("step-000060.ckpt");
        int cases = 0;
        for (int i = 0; i < intact.length; i = next(i)) {
            cases++;
            byte[] bytes = intact.clone();
            bytes[i] ^= (byte) (1 << (i % 8));
            Files.write(file, bytes);
            assertRefused(file, "byte " + i + " of " + intact.length + " flipped");
        }
        System.out.printf("Checkpoint flips: %d cases over a %d-byte checkpoint, all refused.%n", cases,
                intact.length);
    }

    @Test
    void everyTruncationIsRefusedWithASentence() throws IOException {
        Path file = Files.createDirectories(temp.resolve("truncated")).resolve("step-000060.ckpt");
        int cases = 0;
        for (int length = 0; length < intact.length; length = next(length)) {
            cases++;
            Files.write(file, Arrays.copyOf(intact, length));
            assertRefused(file, "truncated to " + length + " of " + intact.length + " bytes");
        }
        System.out.printf("Checkpoint truncations: %d cases over a %d-byte checkpoint, all refused.%n", cases,
                intact.length);
    }

    /**
     * The next byte position to try: every one in the soak ({@code -Psoak}); in the default suite
     * every one of the first {@value #HEAD} (header, names, shapes) and every {@value #STRIDE}th after.
     */
    private static int next(int position) {
        return EXHAUSTIVE || position < HEAD ? position + 1 : position + STRIDE;
    }

    private static void assertRefused(Path file, String what) {
        try {
            store.read(file);
            fail("A checkpoint with " + what + " was loaded.");
        } catch (IOException e) {
            assertThat(e.getMessage()).as(what).isNotBlank().contains(file.toString()).endsWith(".");
        } catch (RuntimeException e) {
            throw new AssertionError("A checkpoint with " + what + " threw " + e + " instead of an IOException.", e);
        }
    }
}
