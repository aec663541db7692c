package dev.gan4j.core.data;

import dev.gan4j.core.spi.Batch;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@link BatchStream} of a finite dataset: a {@link MiniBatchIterator} whose position is saved
 * as three numbers (the generator's state at the start of the epoch, the epoch, the next batch).
 */
final class ShuffledBatchStream implements BatchStream {
    private final MiniBatchIterator iterator;

    ShuffledBatchStream(MiniBatchIterator iterator) {
        this.iterator = Objects.requireNonNull(iterator, "iterator");
    }

    @Override
    public Batch next() {
        return iterator.next();
    }

    @Override
    public long[] state() {
        MiniBatchIterator.State s = iterator.state();
        return new long[] {s.epochSeedState(), s.epoch(), s.nextBatch()};
    }

    @Override
    public void restore(long[] state) {
        Objects.requireNonNull(state, "state");
        if (state.length != 3 || state[2] < 0 || state[2] > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The data-stream position " + Arrays.toString(state) + " is not the "
                    + "position of a finite dataset's stream, which is three numbers (generator state, epoch, next "
                    + "batch); restore a position saved by a run on the same dataset.");
        }
        iterator.restore(new MiniBatchIterator.State(state[0], state[1], (int) state[2]));
    }
}
