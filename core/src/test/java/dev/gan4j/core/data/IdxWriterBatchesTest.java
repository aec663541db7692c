package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IdxWriter#writeBatches}: a float32 file written batch by batch, complete or absent. */
class IdxWriterBatchesTest {
    @TempDir
    Path temp;

    @Test
    void batchesMakeTheSameFileAsTheWholeArray() throws IOException {
        Tensor all = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5, 2);
        Path whole = temp.resolve("whole.idx");
        Path batched = temp.resolve("batched.idx");
        IdxWriter.write(whole, IdxArray.fromTensor(all));
        IdxWriter.writeBatches(batched, 5, sink -> {
            sink.accept(all.slice(0, 0, 2));
            sink.accept(all.slice(0, 2, 4));
            sink.accept(all.slice(0, 4, 5));
        });
        assertThat(Files.readAllBytes(batched)).isEqualTo(Files.readAllBytes(whole));
        assertThat(IdxReader.read(batched).dims()).containsExactly(5, 2);
    }

    @Test
    void failureInTheMiddleLeavesNoFile() throws IOException {
        Path target = temp.resolve("s.idx");
        assertThatThrownBy(() -> IdxWriter.writeBatches(target, 4, sink -> {
            sink.accept(Tensor.zeros(2, 3));
            throw new IOException("The disk is full.");
        })).hasMessage("The disk is full.");
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void batchesThatDoNotAddUpAreRefused() {
        Path target = temp.resolve("s.idx");
        assertThatThrownBy(() -> IdxWriter.writeBatches(target, 5, sink -> sink.accept(Tensor.zeros(2, 3))))
                .hasMessageContaining("hold 2 examples, but its header announces 5");
        assertThatThrownBy(() -> IdxWriter.writeBatches(target, 4, sink -> {
            sink.accept(Tensor.zeros(2, 3));
            sink.accept(Tensor.zeros(2, 4));
        })).hasMessageContaining("a batch of shape [2, 4] follows batches of [2, 3]");
        assertThat(target).doesNotExist();
    }
}
