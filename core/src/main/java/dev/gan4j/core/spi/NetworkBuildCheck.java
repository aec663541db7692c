package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;

/**
 * Sees every network a {@link BuildContext} builds, before it is allocated and after: a run checks
 * there that the networks fit its heap, and refuses one that does not before its weights exist.
 */
public interface NetworkBuildCheck {
    /**
     * Called before {@code network} is built.
     *
     * @throws RuntimeException with a sentence when the network must not be built (it would not fit)
     */
    void beforeBuilding(PlannedNetwork network);

    /** Called once {@code network} is built, with what was built; nothing by default. */
    default void afterBuilding(PlannedNetwork network, Layer built) {
    }

    /** A check that lets every network be built. */
    static NetworkBuildCheck none() {
        return network -> {
        };
    }
}
