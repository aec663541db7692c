package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Rng;
import java.util.Optional;

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

    /**
     * Whether this type builds image-to-image translators ({@link #translator}); the types of
     * translation networks ({@code "resnet"}, {@code "unet"}) do, the others do not.
     */
    default boolean buildsTranslators() {
        return false;
    }

    /**
     * A translator from images shaped like {@code source} to images shaped like {@code target}
     * (same height and width; the channels may differ). Types whose {@link #buildsTranslators()}
     * is false refuse, with a sentence.
     *
     * @throws IllegalArgumentException when this type builds no translators or the images do not fit it
     */
    default Translator translator(NetworkConfig config, DataSpec source, DataSpec target, Rng rng) {
        throw new IllegalArgumentException("The " + id() + " network type builds no image-to-image translators; "
                + "use a translation network type such as \"resnet\" or \"unet\".");
    }

    /**
     * The size of the network {@code request} asks for, computed from {@code config} without
     * building it: each layer's parameters (exactly those the built network will have) and output
     * values per example. A run adds these up, with gradients, optimiser state and activations, to
     * refuse a config that cannot fit the heap before anything is allocated.
     *
     * <p>Empty by default: a type that does not estimate is built unchecked (the run says so at debug
     * level), and an {@link OutOfMemoryError} that follows is still reported as a sentence.
     *
     * @throws IllegalArgumentException with the same sentence as building would, when the config does not fit the data
     */
    default Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
        return Optional.empty();
    }
}
