package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Rng;
import java.util.Objects;

/**
 * What {@link GanFamily#build} receives besides its config: the kind of data to size the networks
 * for, the generator for weight initialisation, and the network types discovered at start-up.
 *
 * <p>The helpers build a network in a role from the installed type that reads its config,
 * drawing from {@link #initRng()}: call them in the order the family documents, since the order
 * decides the initial weights.
 *
 * @param data         what one training example looks like
 * @param initRng      the generator for weight initialisation (one split of the run's root seed)
 * @param networkTypes the installed network types
 */
public record BuildContext(DataSpec data, Rng initRng, NetworkTypes networkTypes) {
    /** Checks that every part is present. */
    public BuildContext {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(initRng, "initRng");
        Objects.requireNonNull(networkTypes, "networkTypes");
    }

    /**
     * The installed type that builds {@code network}.
     *
     * @throws IllegalArgumentException naming the installed types when none does
     */
    public NetworkType networkType(NetworkConfig network) {
        return networkTypes.forConfig(network);
    }

    /** A generator of {@code network}'s type from [N, latentSize] noise to samples shaped like the data. */
    public Generator generator(NetworkConfig network, int latentSize) {
        return networkType(network).generator(network, data, latentSize, initRng);
    }

    /** A discriminator of {@code network}'s type from samples shaped like the data to [N, outputs] raw scores. */
    public Discriminator discriminator(NetworkConfig network, int outputs) {
        return networkType(network).discriminator(network, data, outputs, initRng);
    }

    /** An encoder of {@code network}'s type from samples shaped like the data to [N, outputs] values. */
    public Encoder encoder(NetworkConfig network, int outputs) {
        return networkType(network).encoder(network, data, outputs, initRng);
    }

    /**
     * A translator of {@code network}'s type from images of domain {@code from} to images of domain
     * {@code to} of the (unpaired) data.
     *
     * @param field the config field, for messages ({@code "cyclegan.generator"})
     * @throws IllegalArgumentException when the type builds no translators (naming those that do),
     *                                  or the data has no such domain (naming its domains)
     */
    public Translator translator(NetworkConfig network, String field, String from, String to) {
        return networkTypes.translatorFor(network, field).translator(network, data.domain(from), data.domain(to),
                initRng);
    }

    /** A discriminator of {@code network}'s type for the images of one domain of the (unpaired) data. */
    public Discriminator discriminator(NetworkConfig network, String domain, int outputs) {
        return networkType(network).discriminator(network, data.domain(domain), outputs, initRng);
    }
}
