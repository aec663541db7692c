package dev.gan4j.core.fakes;

import dev.gan4j.core.spi.NetworkConfig;
import java.util.List;

/**
 * The config of {@link FakeNetworkType}.
 *
 * @param hidden hidden layer widths (recorded, not used by the one-layer fake)
 * @param slope  a number field, for wrong-type tests
 */
public record FakeNetworkConfig(List<Integer> hidden, double slope) implements NetworkConfig {
    /** Defaults: one hidden layer of 8, slope 0.2. */
    public FakeNetworkConfig {
        hidden = hidden == null ? List.of(8) : List.copyOf(hidden);
        slope = slope == 0 ? 0.2 : slope;
    }
}
