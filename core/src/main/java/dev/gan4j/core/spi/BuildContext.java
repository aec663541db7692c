package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@link GanFamily#build} receives besides its config: the kind of data to size the networks
 * for, the generator for weight initialisation, the network types discovered at start-up, and the
 * check every network passes before it is built.
 *
 * <p>The helpers build a network in a role from the installed type that reads its config,
 * drawing from {@link #initRng()}: call them in the order the family documents, since the order
 * decides the initial weights. Each helper first asks the type for its {@link NetworkType#estimate
 * estimate} and gives it to {@link #buildCheck()}, which may refuse before anything is allocated; a
 * family that builds a network of its own (not through a type) announces it with {@link #checkFits}.
 *
 * @param data         what one training example looks like
 * @param initRng      the generator for weight initialisation (one split of the run's root seed)
 * @param networkTypes the installed network types
 * @param buildCheck   sees each network before and after it is built (a run's memory check)
 */
public record BuildContext(DataSpec data, Rng initRng, NetworkTypes networkTypes, NetworkBuildCheck buildCheck) {
    /** Checks that every part is present. */
    public BuildContext {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(initRng, "initRng");
        Objects.requireNonNull(networkTypes, "networkTypes");
        Objects.requireNonNull(buildCheck, "buildCheck");
    }

    /** A context that builds every network unchecked. */
    public BuildContext(DataSpec data, Rng initRng, NetworkTypes networkTypes) {
        this(data, initRng, networkTypes, NetworkBuildCheck.none());
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
        NetworkType type = networkType(network);
        return checked(type, network, NetworkRequest.generator(data, latentSize), "the generator",
                () -> type.generator(network, data, latentSize, initRng), Generator::network);
    }

    /** A discriminator of {@code network}'s type from samples shaped like the data to [N, outputs] raw scores. */
    public Discriminator discriminator(NetworkConfig network, int outputs) {
        return discriminator(network, data, "the discriminator", outputs);
    }

    /** An encoder of {@code network}'s type from samples shaped like the data to [N, outputs] values. */
    public Encoder encoder(NetworkConfig network, int outputs) {
        NetworkType type = networkType(network);
        return checked(type, network, NetworkRequest.encoder(data, outputs), "the encoder",
                () -> type.encoder(network, data, outputs, initRng), Encoder::network);
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
        NetworkType type = networkTypes.translatorFor(network, field);
        DataSpec source = data.domain(from);
        DataSpec target = data.domain(to);
        return checked(type, network, NetworkRequest.translator(source, target), "the translator " + from + "→" + to,
                () -> type.translator(network, source, target, initRng), Translator::network);
    }

    /** A discriminator of {@code network}'s type for the images of one domain of the (unpaired) data. */
    public Discriminator discriminator(NetworkConfig network, String domain, int outputs) {
        return discriminator(network, data.domain(domain), "the discriminator of domain " + domain, outputs);
    }

    /**
     * A discriminator of {@code network}'s type for inputs shaped like {@code input}, data other than
     * the run's (a critic of latent codes, say).
     *
     * @param name how a person knows this network, for messages ({@code "the latent critic"})
     */
    public Discriminator discriminator(NetworkConfig network, DataSpec input, String name, int outputs) {
        NetworkType type = networkType(network);
        return checked(type, network, NetworkRequest.discriminator(input, outputs), name,
                () -> type.discriminator(network, input, outputs, initRng), Discriminator::network);
    }

    /**
     * Announces a network the family builds itself (not through a network type) before building it,
     * so the run's check counts it and may refuse it, with a sentence, before it is allocated.
     *
     * @param name         how a person knows it, such as {@code "the coupled networks"}
     * @param makesSamples whether it makes what the run samples
     */
    public void checkFits(String name, boolean makesSamples, NetworkSizeEstimate estimate) {
        buildCheck.beforeBuilding(new PlannedNetwork(name, makesSamples, Optional.of(estimate)));
    }

    private <N> N checked(NetworkType type, NetworkConfig network, NetworkRequest request, String role,
                          Supplier<N> build, Function<N, Layer> layer) {
        PlannedNetwork planned = new PlannedNetwork(role + " (" + type.id() + ")", request.makesSamples(),
                type.estimate(network, request));
        buildCheck.beforeBuilding(planned);
        N built = build.get();
        buildCheck.afterBuilding(planned, layer.apply(built));
        return built;
    }
}
