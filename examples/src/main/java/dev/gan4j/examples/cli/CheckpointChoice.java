package dev.gan4j.examples.cli;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.checkpoint.CheckpointStore;
import java.io.IOException;
import java.nio.file.Path;

/** Which checkpoint of a run a command reads ({@code --checkpoint latest|best}). */
enum CheckpointChoice {
    /** The newest intact checkpoint. */
    LATEST,
    /** {@code best.ckpt}, kept by runs that evaluate while they train (lowest FID). */
    BEST;

    /**
     * The chosen checkpoint of the run at {@code run}.
     *
     * @throws IllegalStateException saying what to do when the run has no such checkpoint
     */
    Checkpoint read(CheckpointStore store, Path run) throws IOException {
        return switch (this) {
            case LATEST -> store.readLatest().orElseThrow(() -> new IllegalStateException("The run " + run
                    + " has no checkpoint yet; train it first (gan4j train)."));
            case BEST -> store.readBest().orElseThrow(() -> new IllegalStateException("The run " + run
                    + " has no best checkpoint (" + store.bestFile() + "); only runs with an \"evaluation\" object in "
                    + "their config keep one. Use --checkpoint latest."));
        };
    }

    /** The name on the command line. */
    String optionValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
