package dev.gan4j.models.cycle;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.GanFamilyContractTest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Core's family contract on unpaired data of two tiny grey domains, A (8×8 images) and B (their negatives). */
abstract class TranslationContract extends GanFamilyContractTest {
    static final int SIDE = 8;

    /** Two domains A and B of 1×8×8 images. */
    static DataSpec twoDomains() {
        Map<String, DataSpec> domains = new LinkedHashMap<>();
        domains.put("A", new DataSpec("a", new int[] {1, SIDE, SIDE}, 0));
        domains.put("B", new DataSpec("b", new int[] {1, SIDE, SIDE}, 0));
        return DataSpec.unpaired(domains);
    }

    @Override
    protected DataSpec dataSpec() {
        return twoDomains();
    }

    @Override
    protected int batchSize() {
        return 4;
    }

    /** A batch of each domain: uniform images for A, other uniform images negated for B (never paired). */
    @Override
    protected Batch batch(Rng rng) {
        Map<String, Batch> domains = new LinkedHashMap<>();
        domains.put("A", new Batch(Tensor.uniform(rng, -1f, 1f, batchSize(), 1, SIDE, SIDE), null));
        domains.put("B", new Batch(Tensor.uniform(rng, -1f, 1f, batchSize(), 1, SIDE, SIDE).neg(), null));
        return Batch.unpaired(domains);
    }
}
