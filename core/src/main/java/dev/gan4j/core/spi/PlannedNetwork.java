package dev.gan4j.core.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A network a family is about to build, as a {@link NetworkBuildCheck} sees it.
 *
 * @param name         how a person knows it: the role and its type, such as {@code "the generator (mlp)"}
 * @param makesSamples whether it makes what the run samples (an EMA of weights copies it)
 * @param estimate     its size, or empty when its type gives no estimate
 */
public record PlannedNetwork(String name, boolean makesSamples, Optional<NetworkSizeEstimate> estimate) {
    /** Checks that every part is present. */
    public PlannedNetwork {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(estimate, "estimate");
    }
}
