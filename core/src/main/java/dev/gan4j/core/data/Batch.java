package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;

/**
 * One mini-batch.
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
