package dev.gan4j.core.fakes;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;

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
    public GanSystem build(FamilyConfig config, BuildContext context) {
        int latent = ((FakeVaeConfig) config).latentSize();
        return FakeSystem.of(new FakeNetworkType().generator(new FakeNetworkConfig(null, 0), context.data(), latent,
                context.initRng()), context);
    }
}
