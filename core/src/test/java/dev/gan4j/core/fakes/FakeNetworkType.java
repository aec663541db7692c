package dev.gan4j.core.fakes;

import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.tensor.Rng;

/** A one-layer network type named {@code "fake-mlp"}, for vector data. */
public final class FakeNetworkType implements NetworkType {
    @Override
    public String id() {
        return "fake-mlp";
    }

    @Override
    public Class<? extends NetworkConfig> configClass() {
        return FakeNetworkConfig.class;
    }

    @Override
    public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
        return new Generator(new Linear(latentSize, data.sampleSize(), rng), latentSize);
    }

    @Override
    public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        return new Discriminator(new Linear(data.sampleSize(), outputs, rng), outputs);
    }

    @Override
    public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        return new Encoder(new Linear(data.sampleSize(), outputs, rng), outputs);
    }
}
