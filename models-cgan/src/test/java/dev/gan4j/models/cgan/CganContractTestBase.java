package dev.gan4j.models.cgan;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code cgan} on small labelled images: batches carry random class labels. */
abstract class CganContractTestBase extends GanFamilyContractTest {
    static final int CLASSES = 10;

    @Override
    protected String familyId() {
        return "cgan";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("small-labelled-images", new int[] {1, 14, 14}, CLASSES);
    }

    @Override
    protected Batch batch(Rng rng) {
        Tensor images = Tensor.uniform(rng, -1f, 1f, batchSize(), 1, 14, 14);
        int[] labels = new int[batchSize()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rng.nextInt(CLASSES);
        }
        return new Batch(images, labels);
    }
}
