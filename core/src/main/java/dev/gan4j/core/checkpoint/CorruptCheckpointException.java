package dev.gan4j.core.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint file that cannot be trusted: truncated, altered, or not a checkpoint at all. The
 * message names the file and what is wrong with it; no partial data is ever returned.
 */
public final class CorruptCheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    /**
     * An error about {@code file}; {@code problem} completes the sentence "The checkpoint FILE ..."
     * ("is truncated: ...").
     */
    public CorruptCheckpointException(Path file, String problem) {
        super("The checkpoint " + file + " " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** The same error with a further sentence of advice appended. */
    public CorruptCheckpointException withAdvice(String advice) {
        return new CorruptCheckpointException(file, problem + " " + advice);
    }

    /** The file that is corrupt. */
    public Path file() {
        return file;
    }
}
