package dev.gan4j.models.cgan;

import dev.gan4j.core.spi.Batch;

/** The class labels of a training batch, which a conditional GAN cannot train without. */
final class BatchLabels {
    private BatchLabels() {
    }

    /** The labels of {@code batch}, or a sentence saying the data must be labelled. */
    static int[] of(Batch batch) {
        if (!batch.hasLabels()) {
            throw new IllegalArgumentException("The cgan family trains on labelled data, but this batch has no labels; "
                    + "use data with class labels, such as {\"type\": \"fashion-mnist\"}.");
        }
        return batch.labels();
    }
}
