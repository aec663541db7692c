package dev.gan4j.core.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one process to write a run directory: an operating-system lock on the directory's
 * {@value #FILE} file, which holds the owner's PID. The operating system releases the lock when the
 * process ends in any way, a {@code kill -9} included, so a crashed run never blocks {@code gan4j
 * resume}; the file itself stays and means nothing without the lock.
 */
public final class RunDirectoryLock implements AutoCloseable {
    /** The lock file's name inside the run directory. */
    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the run directory {@code directory}, creating the directory when it does
     * not exist yet.
     *
     * @throws RunDirectoryInUseException naming the directory and the holder's PID when another
     *                                    process (or this one, elsewhere) holds it
     */
    public static RunDirectoryLock acquire(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new RunDirectoryInUseException(directory, ProcessHandle.current().pid());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close();
            throw new RunDirectoryInUseException(directory, holder);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new RunDirectoryLock(channel, lock);
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        return text.matches("\\d{1,19}") ? text : "";
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
