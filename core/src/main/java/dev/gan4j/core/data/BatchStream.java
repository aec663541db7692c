package dev.gan4j.core.data;

import dev.gan4j.core.spi.Batch;
import java.util.Iterator;

/**
 * An endless stream of mini-batches whose position can be saved in a checkpoint and restored,
 * so a resumed run sees exactly the batches it would have seen.
 */
public interface BatchStream extends Iterator<Batch> {
    /** Always true: the stream never ends. */
    @Override
    default boolean hasNext() {
        return true;
    }

    /** The position, as a few numbers. */
    long[] state();

    /** Continues from a position returned by {@link #state()}; fails with a sentence on a malformed one. */
    void restore(long[] state);
}
