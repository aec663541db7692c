package dev.gan4j.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * part: the bytes go to a temporary file in the same directory, which is flushed to disk and then
 * renamed over the target in one atomic step. A process killed mid-write leaves at most a
 * {@code *.tmp} file behind, which {@link #TEMP_SUFFIX} identifies.
 */
public final class AtomicFile {
    /** The suffix of the temporary files; a file ending in it is an unfinished write. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    /** The body of a write: fills the temporary file with the content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code channel}, which starts empty; it may seek and write anywhere. */
        void writeTo(FileChannel channel) throws IOException;
    }

    /** Replaces {@code target} with {@code bytes}, atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, channel -> {
            OutputStream out = Channels.newOutputStream(channel);
            out.write(bytes);
            out.flush();
        });
    }

    /**
     * Replaces {@code target} with what {@code content} writes, atomically: a temporary file in the
     * same directory, forced to disk, then renamed over the target, then the directory forced.
     * On failure the temporary file is removed and the target is unchanged.
     */
    public static void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = directory.resolve(target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            // CREATE_NEW with default permissions (a temp-file API would make the result owner-only)
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE_NEW)) {
                content.writeTo(channel);
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file system of " + directory + " cannot rename files atomically, so "
                        + target.getFileName() + " cannot be written safely; put the run directory on a local "
                        + "file system.", e);
            }
            moved = true;
            forceDirectory(directory);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Flushes the directory entry of the rename, where the platform allows opening a directory. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; the rename itself is still atomic there.
        }
    }
}
