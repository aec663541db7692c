package dev.gan4j.core.data;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import java.util.List;

/**
 * Training data ready to be drawn in mini-batches: a finite set of examples (shuffled each epoch)
 * or a distribution sampled afresh (the toy mixtures).
 */
public interface Dataset {
    /** What one example looks like. */
    DataSpec spec();

    /** A one-line description for provenance: name, source path or parameters, size. */
    String description();

    /**
     * The SHA-256 of each file the data was read from, for provenance; empty for data made in
     * memory (the toy mixtures).
     */
    default List<DataFileDigest> files() {
        return List.of();
    }

    /** An endless stream of batches of {@code batchSize}, ordered by {@code rng}. */
    BatchStream batches(int batchSize, Rng rng);
}
