package dev.gan4j.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoints directory: naming, the latest pointer, pruning, leftovers. */
class CheckpointStoreTest {
    @TempDir
    Path tmp;

    private static Checkpoint at(long step) {
        return new Checkpoint(step, Map.of(), Map.of(), Map.of(), Map.of("noise", step), new long[] {step}, "{}",
                "{}");
    }

    @Test
    void writesStepFilesPointsLatestAtTheNewestAndKeepsTheNewestFew() throws IOException {
        CheckpointStore store = new CheckpointStore(tmp.resolve("checkpoints"), 2);
        for (long step : new long[] {100, 200, 300}) {
            store.write(at(step));
        }
        assertThat(store.list()).extracting(p -> p.getFileName().toString())
                .containsExactly("step-000200.ckpt", "step-000300.ckpt");
        assertThat(Files.readString(tmp.resolve("checkpoints/latest")).strip()).isEqualTo("step-000300.ckpt");
        assertThat(store.latest()).contains(tmp.resolve("checkpoints/step-000300.ckpt"));
        assertThat(store.readLatest().orElseThrow().step()).isEqualTo(300);
    }

    @Test
    void emptyStoreHasNoLatest() throws IOException {
        CheckpointStore store = new CheckpointStore(tmp.resolve("none"), 3);
        assertThat(store.latest()).isEmpty();
        assertThat(store.readLatest()).isEmpty();
    }

    @Test
    void withoutALatestFileTheHighestStepIsTheNewest() throws IOException {
        CheckpointStore store = new CheckpointStore(tmp, 5);
        store.write(at(5));
        store.write(at(40));
        Files.delete(tmp.resolve("latest"));
        assertThat(store.latest()).contains(tmp.resolve("step-000040.ckpt"));
    }

    @Test
    void latestHoldingGarbageIsASentenceNamingIt() throws IOException {
        CheckpointStore store = new CheckpointStore(tmp, 5);
        store.write(at(5));
        Files.writeString(tmp.resolve("latest"), "../../etc/passwd");
        assertThatThrownBy(store::latest).hasMessageContaining(tmp.resolve("latest").toString())
                .hasMessageContaining("should name a checkpoint such as step-000500.ckpt");
    }

    @Test
    void leftoverTemporaryFilesAreNeitherListedNorKept() throws IOException {
        CheckpointStore store = new CheckpointStore(tmp, 5);
        store.write(at(5));
        Path leftover = tmp.resolve("step-000010.ckpt.99.tmp");
        Files.writeString(leftover, "half");
        assertThat(store.list()).hasSize(1);
        store.removeLeftovers();
        assertThat(leftover).doesNotExist();
        assertThat(store.latest()).contains(tmp.resolve("step-000005.ckpt"));
    }

    @Test
    void corruptCheckpointWithNoIntactPredecessorSaysSo() throws IOException {
        CheckpointStore store = new CheckpointStore(tmp, 5);
        Path file = store.write(at(5));
        Files.write(file, new byte[10]);
        assertThatThrownBy(store::readLatest).isInstanceOf(CorruptCheckpointException.class)
                .hasMessageEndingWith("There is no intact earlier checkpoint; start the run again.");
    }
}
