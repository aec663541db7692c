package dev.gan4j.core.fakes;

import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of {@link FakeGanFamily}.
 *
 * @param latentSize the noise size (default 4)
 * @param objective  an objective name (default "non-saturating")
 * @param generator  the generator's network (default a {@link FakeNetworkConfig})
 */
public record FakeGanConfig(int latentSize, String objective, NetworkConfig generator) implements FamilyConfig {
    /** Applies the defaults and checks the latent size. */
    public FakeGanConfig {
        latentSize = latentSize == 0 ? 4 : latentSize;
        objective = objective == null ? "non-saturating" : objective;
        generator = generator == null ? new FakeNetworkConfig(null, 0) : generator;
        if (latentSize < 0) {
            throw new IllegalArgumentException("family.latentSize is " + latentSize + ", but it must be 1 or more.");
        }
    }
}
