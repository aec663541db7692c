package dev.gan4j.core.spi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one training example looks like, so a family can size its networks.
 *
 * <p>Unpaired data (translation between domains) has a spec per domain in {@link #domains()}, in
 * the config's order; its own name, shape and classes are those of the last domain, the target
 * of a translation system's {@code sample}, so code that knows one domain only still sees images.
 * Single-domain data has no domains.
 *
 * @param name        the dataset's name, for provenance and messages
 * @param sampleShape the shape of one example: [C, H, W] for images, [D] for vectors
 * @param classes     the number of class labels, or 0 when the data has none
 * @param domains     the spec of each domain by name (A, B, ...) for unpaired data; empty otherwise
 */
public record DataSpec(String name, int[] sampleShape, int classes, Map<String, DataSpec> domains) {
    /** Copies the shape and the domains so the record stays immutable. */
    public DataSpec {
        sampleShape = sampleShape.clone();
        domains = domains == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    }

    /** The spec of single-domain data. */
    public DataSpec(String name, int[] sampleShape, int classes) {
        this(name, sampleShape, classes, Map.of());
    }

    /**
     * The spec of unpaired data made of the given domains (two or more, in order); the last one
     * gives the name, shape and classes of the whole.
     */
    public static DataSpec unpaired(Map<String, DataSpec> domains) {
        if (domains == null || domains.size() < 2) {
            throw new IllegalArgumentException("Unpaired data needs at least two domains, but got "
                    + (domains == null ? "none" : domains.keySet()) + "; name each domain under data.domains, "
                    + "such as {\"A\": {...}, \"B\": {...}}.");
        }
        DataSpec last = null;
        for (DataSpec d : domains.values()) {
            last = d;
        }
        return new DataSpec("unpaired " + String.join("/", domains.keySet()), last.sampleShape, last.classes, domains);
    }

    /** Whether the data is made of several unpaired domains. */
    public boolean isUnpaired() {
        return !domains.isEmpty();
    }

    /**
     * The spec of one domain.
     *
     * @throws IllegalArgumentException naming the known domains when there is no such domain
     */
    public DataSpec domain(String domain) {
        DataSpec d = domains.get(domain);
        if (d == null) {
            throw new IllegalArgumentException("The data " + name + " has no domain \"" + domain + "\"; "
                    + (domains.isEmpty() ? "it is single-domain data. Give unpaired data: {\"type\": \"unpaired\", "
                    + "\"domains\": {\"A\": {...}, \"B\": {...}}}." : "its domains are " + domains.keySet() + "."));
        }
        return d;
    }

    /** The shape of one example (a copy). */
    @Override
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    /** Whether examples are images [C, H, W]. */
    public boolean isImage() {
        return sampleShape.length == 3;
    }

    /** The number of values in one example. */
    public int sampleSize() {
        return Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSpec d && d.name.equals(name) && Arrays.equals(d.sampleShape, sampleShape)
                && d.classes == classes
                && d.domains.equals(domains);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(sampleShape) * 7 + classes + domains.hashCode() * 13;
    }

    @Override
    public String toString() {
        return isUnpaired() ? name + " " + domains
                : name + " " + Arrays.toString(sampleShape) + (classes > 0 ? " with " + classes + " classes" : "");
    }
}
