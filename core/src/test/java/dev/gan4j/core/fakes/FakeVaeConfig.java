package dev.gan4j.core.fakes;

import dev.gan4j.core.spi.FamilyConfig;

/**
 * The config of {@link FakeVaeFamily}.
 *
 * @param latentSize the code size (default 2)
 * @param beta       the KL weight (default 1)
 */
public record FakeVaeConfig(int latentSize, double beta) implements FamilyConfig {
    /** Applies the defaults. */
    public FakeVaeConfig {
        latentSize = latentSize == 0 ? 2 : latentSize;
        beta = beta == 0 ? 1.0 : beta;
    }
}
