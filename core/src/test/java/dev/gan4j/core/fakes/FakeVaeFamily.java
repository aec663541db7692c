package dev.gan4j.core.fakes;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;

/** A family named {@code "fake-vae"}: a second id, so messages have more than one to list. */
public final class FakeVaeFamily implements GanFamily {
    @Override
    public String id() {
        return "fake-vae";
    }

    @Override
    public String description() {
        return "A one-layer decoder for the config tests.";
    }

    @Override
    public Class<? extends FamilyConfig> configClass() {
        return FakeVaeConfig.class;
    }

    @Override
    public GanSystem build(FamilyConfig config, DataSpec data, Rng initRng) {
        int latent = ((FakeVaeConfig) config).latentSize();
        return new FakeSystem(new FakeNetworkType().generator(new FakeNetworkConfig(null, 0), data, latent, initRng));
    }
}
