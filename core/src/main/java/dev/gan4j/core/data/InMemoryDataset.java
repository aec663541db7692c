package dev.gan4j.core.data;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A finite set of examples held in memory ([N, ...] with an optional label each), drawn in
 * mini-batches that are reshuffled every epoch. The last batch of an epoch is dropped when it is
 * smaller than the batch size, so every batch has the same size.
 */
public final class InMemoryDataset implements Dataset {
    private final DataSpec spec;
    private final String description;
    private final Tensor examples;
    private final int[] labels;
    private final List<DataFileDigest> files;

    /**
     * A dataset over {@code examples} ([N, ...] whose trailing dimensions are {@code spec}'s
     * sample shape) and their {@code labels} (N of them, each below {@code spec.classes()}), or
     * null labels for unlabelled data.
     */
    public InMemoryDataset(DataSpec spec, String description, Tensor examples, int[] labels) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.description = Objects.requireNonNull(description, "description");
        this.examples = Objects.requireNonNull(examples, "examples");
        int[] dims = examples.dims();
        if (dims.length < 2 || dims[0] == 0 || !Arrays.equals(Arrays.copyOfRange(dims, 1, dims.length),
                spec.sampleShape())) {
            throw new IllegalArgumentException("The examples of " + spec.name() + " have the shape " + examples.shape()
                    + ", but [N, " + Arrays.toString(spec.sampleShape()).replaceAll("[\\[\\]]", "")
                    + "] with N at least 1 was expected from its spec " + spec + ".");
        }
        if (labels != null) {
            if (labels.length != dims[0]) {
                throw new IllegalArgumentException(spec.name() + " has " + dims[0] + " examples but " + labels.length
                        + " labels; give one label per example.");
            }
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0 || labels[i] >= spec.classes()) {
                    throw new IllegalArgumentException(spec.name() + " has the label " + labels[i] + " at index " + i
                            + ", but its labels run from 0 to " + (spec.classes() - 1) + ".");
                }
            }
        }
        this.labels = labels == null ? null : labels.clone();
        this.files = List.of();
    }

    private InMemoryDataset(InMemoryDataset data, List<DataFileDigest> files) {
        this.spec = data.spec;
        this.description = data.description;
        this.examples = data.examples;
        this.labels = data.labels;
        this.files = List.copyOf(files);
    }

    /** The same examples, recorded as read from {@code files} (their SHA-256s go into the run's provenance). */
    public InMemoryDataset withFiles(List<DataFileDigest> files) {
        return new InMemoryDataset(this, files);
    }

    @Override
    public DataSpec spec() {
        return spec;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<DataFileDigest> files() {
        return files;
    }

    /** The number of examples. */
    public int size() {
        return examples.dim(0);
    }

    /** The examples, [N, ...] (the tensor itself, not a copy: do not change it). */
    public Tensor examples() {
        return examples;
    }

    /** A copy of the labels, or null for unlabelled data. */
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }

    /**
     * Batches of {@code batchSize} in an order drawn from {@code rng}, which the stream uses alone.
     *
     * @throws IllegalArgumentException when the dataset has fewer examples than one batch
     */
    @Override
    public BatchStream batches(int batchSize, Rng rng) {
        if (batchSize > size()) {
            throw new IllegalArgumentException(description + " has " + size() + " examples, fewer than one batch of "
                    + batchSize + "; lower training.batchSize to " + size() + " or less, or add examples.");
        }
        return new ShuffledBatchStream(new MiniBatchIterator(examples, labels, batchSize, true, rng));
    }

    @Override
    public String toString() {
        return description;
    }
}
