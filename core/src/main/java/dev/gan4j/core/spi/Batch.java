package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Tensor;

/**
 * One mini-batch of training data, as a {@link Phase} receives it (and a
 * {@link dev.gan4j.core.data.BatchStream} yields it).
 *
 * @param inputs the examples, [B, ...]
 * @param labels the label of each example, or null for unlabelled data
 */
public record Batch(Tensor inputs, int[] labels) {
    /** The number of examples. */
    public int size() {
        return inputs.dim(0);
    }

    /** Whether the batch has labels. */
    public boolean hasLabels() {
        return labels != null;
    }
}
