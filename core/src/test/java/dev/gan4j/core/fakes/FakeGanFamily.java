package dev.gan4j.core.fakes;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;

/** A family named {@code "fake-gan"} whose system is one {@link FakeNetworkType} generator. */
public class FakeGanFamily implements GanFamily {
    @Override
    public String id() {
        return "fake-gan";
    }

    @Override
    public String description() {
        return "A one-layer generator for the config tests.";
    }

    @Override
    public Class<? extends FamilyConfig> configClass() {
        return FakeGanConfig.class;
    }

    @Override
    public GanSystem build(FamilyConfig config, BuildContext context) {
        FakeGanConfig fake = (FakeGanConfig) config;
        return FakeSystem.of(new FakeNetworkType().generator(fake.generator(), context.data(), fake.latentSize(),
                context.initRng()), context);
    }
}
