package dev.gan4j.spark.train;

import dev.gan4j.core.spi.Batch;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One worker's examples of a batch: rows {@code [from, to)} of its inputs and labels, and of each domain's batch. */
final class BatchSlice {
    private BatchSlice() {
    }

    /** Rows {@code [from, to)} of {@code batch}, each domain of unpaired data sliced alike. */
    static Batch of(Batch batch, int from, int to) {
        if (!batch.domains().isEmpty()) {
            Map<String, Batch> domains = new LinkedHashMap<>();
            batch.domains().forEach((name, domain) -> domains.put(name, of(domain, from, to)));
            return Batch.unpaired(domains);
        }
        int[] labels = batch.labels() == null ? null : Arrays.copyOfRange(batch.labels(), from, to);
        return new Batch(batch.inputs().slice(0, from, to), labels);
    }
}
