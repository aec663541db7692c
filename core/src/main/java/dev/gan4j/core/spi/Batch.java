package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One mini-batch of training data, as a {@link Phase} receives it (and a
 * {@link dev.gan4j.core.data.BatchStream} yields it).
 *
 * <p>A batch of unpaired data holds one batch per domain in {@link #domains()}, each drawn from its
 * own shuffle (never paired by index); its own inputs and labels are those of the last domain, as
 * {@link dev.gan4j.core.spi.DataSpec} describes. A single-domain batch has no domains.
 *
 * @param inputs  the examples, [B, ...]
 * @param labels  the label of each example, or null for unlabelled data
 * @param domains the batch of each domain by name, for unpaired data; empty otherwise
 */
public record Batch(Tensor inputs, int[] labels, Map<String, Batch> domains) {
    /** Copies the domains so the record stays immutable. */
    public Batch {
        domains = domains == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    }

    /** A single-domain batch. */
    public Batch(Tensor inputs, int[] labels) {
        this(inputs, labels, Map.of());
    }

    /** A batch of unpaired data from one batch per domain (two or more, in order). */
    public static Batch unpaired(Map<String, Batch> domains) {
        if (domains == null || domains.size() < 2) {
            throw new IllegalArgumentException("An unpaired batch needs a batch of at least two domains, but got "
                    + (domains == null ? "none" : domains.keySet()) + ".");
        }
        Batch last = null;
        for (Batch b : domains.values()) {
            last = b;
        }
        return new Batch(last.inputs, last.labels, domains);
    }

    /** The number of examples. */
    public int size() {
        return inputs.dim(0);
    }

    /** Whether the batch has labels. */
    public boolean hasLabels() {
        return labels != null;
    }

    /**
     * The batch of one domain of unpaired data.
     *
     * @throws IllegalArgumentException naming the batch's domains when there is no such domain
     */
    public Batch domain(String domain) {
        Batch b = domains.get(domain);
        if (b == null) {
            throw new IllegalArgumentException("The batch has no domain \"" + domain + "\"; " + (domains.isEmpty()
                    ? "it is single-domain data, but translation needs unpaired data: {\"type\": \"unpaired\", "
                    + "\"domains\": {\"A\": {...}, \"B\": {...}}}." : "its domains are " + domains.keySet() + "."));
        }
        return b;
    }
}
