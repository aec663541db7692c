package dev.gan4j.core.data;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Iterator;
import java.util.Objects;

/**
 * An endless stream of mini-batches over a dataset, reshuffled at the start of each epoch.
 *
 * <p>Each epoch is a fresh permutation of the examples drawn from the iterator's own
 * {@link Rng} (give it a split of the run's generator that nothing else uses), cut into batches
 * of a fixed size; the last, smaller batch is dropped or kept as configured. Same seed, same
 * batches. The position is saved and restored with {@link #state()} and
 * {@link #restore(State)}, so a resumed run sees the batches it would have seen.
 */
public final class MiniBatchIterator implements Iterator<Batch> {
    private final Tensor data;
    private final int[] labels;
    private final int batchSize;
    private final boolean dropLast;
    private final int examples;
    private final int exampleSize;
    private final int[] order;
    private final int[] exampleDims;
    private Rng rng;
    private long epochSeedState;
    private long epoch = -1;
    private int nextBatch;

    /**
     * An iterator over {@code data} ([N, ...]) and, if not null, its {@code labels} (N of them).
     *
     * @param batchSize the examples per batch, at least 1
     * @param dropLast  whether to drop the last batch of an epoch when it is smaller than {@code batchSize}
     * @param rng       the generator for the shuffles; it is used by this iterator only
     */
    public MiniBatchIterator(Tensor data, int[] labels, int batchSize, boolean dropLast, Rng rng) {
        this.data = Objects.requireNonNull(data, "data");
        this.rng = Objects.requireNonNull(rng, "rng");
        if (data.rank() < 1 || data.dim(0) == 0) {
            throw new IllegalArgumentException("Mini-batches need a dataset of shape [N, ...] with N at least 1, but "
                    + "the shape is " + data.shape() + ".");
        }
        this.examples = data.dim(0);
        if (labels != null && labels.length != examples) {
            throw new IllegalArgumentException("The dataset has " + examples + " examples but " + labels.length
                    + " labels; give one label per example, or null for unlabelled data.");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, but was " + batchSize + ".");
        }
        if (dropLast && batchSize > examples) {
            throw new IllegalArgumentException("The dataset has " + examples + " examples, fewer than the batch size "
                    + batchSize + ", so dropping the last partial batch leaves no batch at all; lower the batch "
                    + "size or keep the last batch.");
        }
        this.labels = labels == null ? null : labels.clone();
        this.batchSize = batchSize;
        this.dropLast = dropLast;
        this.exampleSize = data.size() / examples;
        this.exampleDims = data.dims();
        this.order = new int[examples];
        this.epochSeedState = rng.state();
    }

    /** The number of batches in each epoch. */
    public int batchesPerEpoch() {
        return dropLast ? examples / batchSize : (examples + batchSize - 1) / batchSize;
    }

    /** The epoch of the next batch, counted from 0. */
    public long epoch() {
        return epoch < 0 || nextBatch == batchesPerEpoch() ? epoch + 1 : epoch;
    }

    /** Always true: the stream goes on epoch after epoch. */
    @Override
    public boolean hasNext() {
        return true;
    }

    /** The next batch, starting a new (reshuffled) epoch when the current one is used up. */
    @Override
    public Batch next() {
        if (epoch < 0 || nextBatch == batchesPerEpoch()) {
            startEpoch(epoch + 1);
        }
        int start = nextBatch * batchSize;
        int size = Math.min(batchSize, examples - start);
        nextBatch++;
        float[] source = data.data();
        float[] values = new float[size * exampleSize];
        int[] batchLabels = labels == null ? null : new int[size];
        for (int i = 0; i < size; i++) {
            int example = order[start + i];
            System.arraycopy(source, example * exampleSize, values, i * exampleSize, exampleSize);
            if (batchLabels != null) {
                batchLabels[i] = labels[example];
            }
        }
        int[] dims = exampleDims.clone();
        dims[0] = size;
        return new Batch(Tensor.of(values, dims), batchLabels);
    }

    private void startEpoch(long newEpoch) {
        epochSeedState = rng.state();
        for (int i = 0; i < examples; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        epoch = newEpoch;
        nextBatch = 0;
    }

    /** Where the iterator is: enough to continue with the same batches. */
    public State state() {
        return new State(epochSeedState, epoch, nextBatch);
    }

    /** Continues from a saved position of an iterator over the same data, batch size and drop setting. */
    public void restore(State state) {
        Objects.requireNonNull(state, "state");
        if (state.epoch() < -1 || state.nextBatch() < 0 || state.nextBatch() > batchesPerEpoch()) {
            throw new IllegalArgumentException("The mini-batch position " + state + " does not fit this iterator, "
                    + "which has " + batchesPerEpoch() + " batches per epoch; restore a state saved by an iterator "
                    + "with the same dataset size, batch size and drop setting.");
        }
        rng = Rng.fromState(state.epochSeedState());
        if (state.epoch() < 0) {
            epoch = -1;
            nextBatch = 0;
            epochSeedState = state.epochSeedState();
            return;
        }
        startEpoch(state.epoch());
        nextBatch = state.nextBatch();
    }

    /**
     * A saved position.
     *
     * @param epochSeedState the generator's state at the start of the current epoch (before its shuffle)
     * @param epoch          the current epoch, or -1 before the first batch
     * @param nextBatch      the index in the epoch of the next batch
     */
    public record State(long epochSeedState, long epoch, int nextBatch) {
    }
}
