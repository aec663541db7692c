package dev.gan4j.core.checkpoint;

import dev.gan4j.core.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's {@code checkpoints/} directory: {@code step-000500.ckpt} files, each written atomically,
 * and a {@code latest} file naming the newest one. Only the newest {@code keep} checkpoints stay;
 * older ones are deleted after a new one is safely written.
 *
 * <p>A process killed while writing leaves only a temporary {@code *.tmp} file, never a partial
 * checkpoint, and {@code latest} still names the previous one, so resuming continues from the last
 * complete checkpoint. Leftover temporary files are ignored and removed by {@link #removeLeftovers()}.
 */
public final class CheckpointStore {
    /** The name of the file that names the newest checkpoint. */
    public static final String LATEST = "latest";
    /** The name of the copy of the checkpoint with the best evaluation (lowest FID); never pruned. */
    public static final String BEST = "best.ckpt";
    /** How many checkpoints a store keeps unless told otherwise. */
    public static final int DEFAULT_KEEP = 3;

    private static final Pattern NAME = Pattern.compile("step-(\\d+)\\.ckpt");

    private final Path directory;
    private final int keep;

    /**
     * A store in {@code directory} (created on the first write) that keeps the newest {@code keep}
     * checkpoints.
     */
    public CheckpointStore(Path directory, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("A checkpoint store must keep at least 1 checkpoint, but keep was "
                    + keep + ".");
        }
        this.directory = directory;
        this.keep = keep;
    }

    /** The directory. */
    public Path directory() {
        return directory;
    }

    /** The file a checkpoint of {@code step} is written to: {@code step-000500.ckpt}. */
    public Path fileFor(long step) {
        return directory.resolve(String.format("step-%06d.ckpt", step));
    }

    /**
     * Writes {@code checkpoint} atomically, then points {@code latest} at it, then deletes the
     * checkpoints beyond the newest {@code keep}.
     *
     * @return the file written
     */
    public Path write(Checkpoint checkpoint) throws IOException {
        Path file = fileFor(checkpoint.step());
        CheckpointFile.write(file, checkpoint);
        AtomicFile.write(directory.resolve(LATEST),
                (file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
        prune();
        return file;
    }

    /**
     * The newest checkpoint: the file {@code latest} names, or, when there is no {@code latest}
     * file or it names a file that is gone (deleted as corrupt, say), the highest-numbered
     * {@code step-N.ckpt}; empty when there is none.
     *
     * @throws IOException naming the file when {@code latest} holds something other than a checkpoint name
     */
    public Optional<Path> latest() throws IOException {
        Path pointer = directory.resolve(LATEST);
        if (Files.isRegularFile(pointer)) {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!NAME.matcher(name).matches()) {
                throw new IOException(pointer + " should name a checkpoint such as step-000500.ckpt, but it holds \""
                        + name + "\"; delete it to resume from the newest checkpoint in " + directory + ".");
            }
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        List<Path> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Reads the newest checkpoint; empty when there is none.
     *
     * @throws CorruptCheckpointException when it is corrupt; the message also names the newest
     *                                    earlier checkpoint that is intact, to resume from instead
     */
    public Optional<Checkpoint> readLatest() throws IOException {
        Optional<Path> latest = latest();
        return latest.isEmpty() ? Optional.empty() : Optional.of(read(latest.get()));
    }

    /**
     * Reads one of this store's checkpoints.
     *
     * @throws CorruptCheckpointException when it is corrupt; the message also names the newest
     *                                    earlier checkpoint that is intact, to resume from instead
     */
    public Checkpoint read(Path file) throws IOException {
        try {
            return CheckpointFile.read(file);
        } catch (CorruptCheckpointException e) {
            throw e.withAdvice(earlierAdvice(file));
        }
    }

    /** The file holding the best checkpoint, {@code best.ckpt} (it may not exist yet). */
    public Path bestFile() {
        return directory.resolve(BEST);
    }

    /**
     * Makes {@code best.ckpt} an atomic copy of {@code checkpoint}, one of this store's files, after
     * checking the copy's checksum so a damaged source never becomes the best.
     *
     * @throws CorruptCheckpointException when the source is corrupt
     */
    public void keepAsBest(Path checkpoint) throws IOException {
        CheckpointFile.read(checkpoint);
        AtomicFile.write(bestFile(), Files.readAllBytes(checkpoint));
    }

    /**
     * Reads {@code best.ckpt}; empty when the run kept none (it had no evaluation).
     *
     * @throws CorruptCheckpointException when it is corrupt
     */
    public Optional<Checkpoint> readBest() throws IOException {
        Path best = bestFile();
        return Files.isRegularFile(best) ? Optional.of(CheckpointFile.read(best)) : Optional.empty();
    }

    /** The checkpoint files, oldest first (temporary files excluded). */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).forEach(files::add);
        }
        files.sort((a, b) -> Long.compare(stepOf(a), stepOf(b)));
        return files;
    }

    /** Deletes temporary files left by writes that a killed process never finished. */
    public void removeLeftovers() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                if (p.getFileName().toString().endsWith(AtomicFile.TEMP_SUFFIX)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The step in a checkpoint file's name. */
    public static long stepOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file + " is not named like a checkpoint (step-000500.ckpt).");
        }
        return Long.parseLong(m.group(1));
    }

    private String earlierAdvice(Path corrupt) throws IOException {
        List<Path> all = list();
        for (int i = all.size() - 1; i >= 0; i--) {
            Path candidate = all.get(i);
            if (stepOf(candidate) < stepOf(corrupt)) {
                try {
                    CheckpointFile.read(candidate);
                    return "The newest intact earlier checkpoint is " + candidate + "; delete the corrupt file to "
                            + "resume from it.";
                } catch (CorruptCheckpointException ignored) {
                    // keep looking further back
                }
            }
        }
        return "There is no intact earlier checkpoint; start the run again.";
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (int i = 0; i < all.size() - keep; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
