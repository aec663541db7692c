package dev.gan4j.spark.train;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.checkpoint.CheckpointFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A training state as bytes for a broadcast or a task's result, in the checkpoint file format
 * itself (header, SHA-256 digest, content), so a state that arrives damaged is reported, not
 * loaded, and no second format exists.
 */
final class TrainingStates {
    private TrainingStates() {
    }

    /** The checkpoint file's bytes. */
    static byte[] toBytes(Checkpoint checkpoint) {
        Path file = null;
        try {
            file = Files.createTempFile("gan4j-state", ".ckpt");
            CheckpointFile.write(file, checkpoint);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the training state of step " + checkpoint.step()
                    + " to a temporary file failed: " + e.getMessage(), e);
        } finally {
            delete(file);
        }
    }

    /** The checkpoint in {@code bytes}, verified; {@code source} names it in errors. */
    static Checkpoint fromBytes(byte[] bytes, String source) {
        Path file = null;
        try {
            file = Files.createTempFile("gan4j-state", ".ckpt");
            Files.write(file, bytes);
            return CheckpointFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + source + " failed: " + e.getMessage(), e);
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless; the state itself was read or written
            }
        }
    }
}
