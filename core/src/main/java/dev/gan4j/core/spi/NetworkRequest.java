package dev.gan4j.core.spi;

import java.util.Objects;

/**
 * Which network a {@link NetworkType} is asked to build: the role, the data it reads or makes, and
 * the size that comes with the role. The same arguments the type's building methods take, as a
 * value, so a type can {@link NetworkType#estimate estimate} the network before it is built.
 *
 * @param role   what the network does
 * @param data   the data it makes (generator) or reads (discriminator, encoder, translator's source)
 * @param target the images a translator makes; the same as {@code data} for the other roles
 * @param size   the latent size (generator), the outputs (discriminator, encoder), 0 for a translator
 */
public record NetworkRequest(Role role, DataSpec data, DataSpec target, int size) {
    /** The roles of a network, as {@link NetworkType}'s building methods name them. */
    public enum Role {
        /** From noise to samples: {@link NetworkType#generator}. */
        GENERATOR,
        /** From samples to scores: {@link NetworkType#discriminator}. */
        DISCRIMINATOR,
        /** From samples to codes: {@link NetworkType#encoder}. */
        ENCODER,
        /** From images to images: {@link NetworkType#translator}. */
        TRANSLATOR
    }

    /** Checks that every part is present. */
    public NetworkRequest {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(target, "target");
    }

    /** A generator from [N, latentSize] to samples shaped like {@code data}. */
    public static NetworkRequest generator(DataSpec data, int latentSize) {
        return new NetworkRequest(Role.GENERATOR, data, data, latentSize);
    }

    /** A discriminator from samples shaped like {@code data} to [N, outputs]. */
    public static NetworkRequest discriminator(DataSpec data, int outputs) {
        return new NetworkRequest(Role.DISCRIMINATOR, data, data, outputs);
    }

    /** An encoder from samples shaped like {@code data} to [N, outputs]. */
    public static NetworkRequest encoder(DataSpec data, int outputs) {
        return new NetworkRequest(Role.ENCODER, data, data, outputs);
    }

    /** A translator from images shaped like {@code source} to images shaped like {@code target}. */
    public static NetworkRequest translator(DataSpec source, DataSpec target) {
        return new NetworkRequest(Role.TRANSLATOR, source, target, 0);
    }

    /** Whether the network makes what a run samples (a generator or a translator), whose weights an EMA copies. */
    public boolean makesSamples() {
        return role == Role.GENERATOR || role == Role.TRANSLATOR;
    }
}
