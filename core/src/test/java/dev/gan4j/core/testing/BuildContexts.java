package dev.gan4j.core.testing;

import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.NetworkTypes;
import dev.gan4j.core.tensor.Rng;

/** Build contexts for tests that build a family's system by hand, with the network types on the test classpath. */
public final class BuildContexts {
    private BuildContexts() {
    }

    /** The network types installed on the classpath, found by a fresh discovery. */
    public static NetworkTypes installedNetworkTypes() {
        return FamilyDiscovery.scanClasspath().installedNetworkTypes();
    }

    /** A context for data like {@code data}, initialising from {@code new Rng(seed)}, with the installed network types. */
    public static BuildContext installed(DataSpec data, long seed) {
        return new BuildContext(data, new Rng(seed), installedNetworkTypes());
    }
}
