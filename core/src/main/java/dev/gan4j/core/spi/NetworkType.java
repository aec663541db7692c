package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Rng;

/**
 * A style of network ({@code "mlp"}, {@code "dcgan"}) that can build a {@link Generator}, a
 * {@link Discriminator} and an {@link Encoder} for given data. Found by
 * {@link java.util.ServiceLoader}, like families, so a plugin can add one.
 */
public interface NetworkType {
    /** The config {@code "type"} name. */
    String id();

    /** The config record, registered as a {@link NetworkConfig} subtype named {@link #id()}. */
    Class<? extends NetworkConfig> configClass();

    /**
     * A generator from [N, latentSize] (plus {@code conditionSize} extra inputs when conditional,
     * else 0) to samples shaped like {@code data}.
     */
    Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng);

    /** A discriminator from samples shaped like {@code data} to [N, outputs] raw scores. */
    Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng);

    /** An encoder from samples shaped like {@code data} to [N, outputs] values. */
    Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng);
}
