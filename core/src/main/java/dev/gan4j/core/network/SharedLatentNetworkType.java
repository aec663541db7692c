package dev.gan4j.core.network;

import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkRequest;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.spi.Translator;
import dev.gan4j.core.tensor.Rng;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code "shared-latent"} networks: per-domain convolutional encoders to a spatial latent code
 * and decoders back, whose last encoder and first decoder blocks can be shared between domains
 * ({@link SharedLatentNetworks}, which the shared-latent translation families build). As a network
 * type on its own it builds a translator, one domain's encoder followed by another's decoder with
 * nothing shared, which is what a translation through the latent code exports as; it builds no
 * generator from noise, discriminator or flat encoder.
 */
public final class SharedLatentNetworkType implements NetworkType {
    /** The config type name, {@value}. */
    public static final String ID = "shared-latent";

    /** The type; stateless. */
    public SharedLatentNetworkType() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<? extends NetworkConfig> configClass() {
        return SharedLatentNetworkConfig.class;
    }

    @Override
    public boolean buildsTranslators() {
        return true;
    }

    @Override
    public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
        throw new IllegalArgumentException("The shared-latent network type builds encoders and decoders around a "
                + "spatial code, not generators from noise; for a generator use \"dcgan\" or \"mlp\".");
    }

    @Override
    public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        throw new IllegalArgumentException("The shared-latent network type builds encoders and decoders, not "
                + "discriminators; for a discriminator use \"patchgan\", \"dcgan\" or \"mlp\".");
    }

    @Override
    public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        throw new IllegalArgumentException("The shared-latent network type encodes to a spatial code [C, H, W], not "
                + "to a vector of " + outputs + " values; for a flat code use \"resnet\", \"dcgan\" or \"mlp\".");
    }

    /** The source domain's encoder then the target domain's decoder, nothing shared. */
    @Override
    public Translator translator(NetworkConfig config, DataSpec source, DataSpec target, Rng rng) {
        SharedLatentNetworkConfig c = NetworkChecks.requireConfig(ID, SharedLatentNetworkConfig.class, config);
        Map<String, DataSpec> domains = new LinkedHashMap<>();
        domains.put("source", source);
        domains.put("target", target);
        SharedLatentNetworks nets = SharedLatentNetworks.build(c, domains, 0, "sharedBlocks", rng);
        return new Translator(new Sequential(nets.encoders().get("source"), nets.decoders().get("target")),
                source.sampleShape(), target.sampleShape());
    }

    @Override
    public Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
        SharedLatentNetworkConfig c = NetworkChecks.requireConfig(ID, SharedLatentNetworkConfig.class, config);
        if (request.role() != NetworkRequest.Role.TRANSLATOR) {
            return Optional.empty();
        }
        return Optional.of(SharedLatentNetworks.translatorEstimate(c, request.data(), request.target()));
    }

    @Override
    public String toString() {
        return ID;
    }
}
