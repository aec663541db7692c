package dev.gan4j.models.unit;

import dev.gan4j.core.network.SharedLatentNetworkConfig;
import dev.gan4j.core.network.SharedLatentNetworks;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.train.ImagePool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The networks of a translation through a common latent code between N unpaired domains: one
 * encoder, one decoder and one image discriminator per domain (encoders and decoders possibly
 * sharing blocks, {@link SharedLatentNetworks}), an optional discriminator on the latent codes that
 * tells which domain a code came from, and an optional pool of past fakes per domain. Built in this
 * order from the initialisation generator: encoders and decoders, the domains' discriminators in
 * the data's order, the latent discriminator.
 *
 * @param domains      the domains' names, in the data's order
 * @param specs        each domain's data spec
 * @param codecs       the encoders and decoders
 * @param critics      each domain's image discriminator
 * @param latentCritic the latent domain discriminator, or null for none
 * @param pools        each domain's pool of past fakes (capacity 0 for none)
 */
record LatentTranslationNetworks(List<String> domains, Map<String, DataSpec> specs, SharedLatentNetworks codecs,
                                 Map<String, Discriminator> critics, Discriminator latentCritic,
                                 Map<String, ImagePool> pools) {
    /** The network name of the latent domain discriminator. */
    static final String LATENT_CRITIC = "latent_discriminator";

    /** Copies the collections. */
    LatentTranslationNetworks {
        domains = List.copyOf(domains);
        specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        critics = Collections.unmodifiableMap(new LinkedHashMap<>(critics));
        pools = Collections.unmodifiableMap(new LinkedHashMap<>(pools));
    }

    /**
     * The networks for the unpaired data of {@code context}.
     *
     * @param family        the family id, for messages
     * @param network       the encoders' and decoders' config (a {@code shared-latent} network)
     * @param sharedBlocks  the blocks the encoders share at their end and the decoders at their start
     * @param discriminator the domains' discriminators' config
     * @param latentCritic  the latent discriminator's config, or null for none
     * @param poolSize      past fakes each discriminator draws from (0 for none)
     * @param maxDomains    the most domains the family takes (2, or any number)
     * @throws IllegalArgumentException with a sentence when the data or a config does not fit
     */
    static LatentTranslationNetworks build(String family, NetworkConfig network, int sharedBlocks,
                                           NetworkConfig discriminator, NetworkConfig latentCritic, int poolSize,
                                           int maxDomains, BuildContext context) {
        DataSpec data = context.data();
        if (!data.isUnpaired()) {
            throw new IllegalArgumentException("The " + family + " family translates between unpaired domains, but the "
                    + "data " + data + " is a single domain; give {\"type\": \"unpaired\", \"domains\": {\"A\": {...}, "
                    + "\"B\": {...}}}.");
        }
        List<String> domains = new ArrayList<>(data.domains().keySet());
        if (domains.size() < 2 || domains.size() > maxDomains) {
            String wanted = maxDomains == 2 ? "exactly two" : "two or more";
            throw new IllegalArgumentException("The " + family + " family translates between " + wanted
                    + " domains, but the data has " + domains.size() + ": " + domains + "; give " + wanted
                    + " under data.domains.");
        }
        if (!(network instanceof SharedLatentNetworkConfig codecConfig)) {
            throw new IllegalArgumentException(family + ".network is a " + network.getClass().getSimpleName()
                    + ", but the encoders and decoders of this family are {\"type\": \"shared-latent\", ...}.");
        }
        Map<String, DataSpec> specs = new LinkedHashMap<>();
        for (String d : domains) {
            DataSpec spec = data.domain(d);
            if (!spec.isImage()) {
                throw new IllegalArgumentException("The " + family + " family translates images [C, H, W], but the "
                        + "domain " + d + " has samples of shape " + Arrays.toString(spec.sampleShape()) + ".");
            }
            specs.put(d, spec);
        }
        context.checkFits("the shared-latent encoders and decoders", true,
                SharedLatentNetworks.estimate(codecConfig, specs, sharedBlocks, family + ".sharedBlocks"));
        SharedLatentNetworks codecs = SharedLatentNetworks.build(codecConfig, specs, sharedBlocks,
                family + ".sharedBlocks", context.initRng());
        Map<String, Discriminator> critics = new LinkedHashMap<>();
        for (String d : domains) {
            critics.put(d, context.discriminator(discriminator, d, 1));
        }
        Discriminator latent = null;
        if (latentCritic != null) {
            DataSpec codes = new DataSpec("latent codes", codecs.latentShape(), 0);
            latent = context.discriminator(latentCritic, codes, "the latent critic", 1);
        }
        Map<String, ImagePool> pools = new LinkedHashMap<>();
        for (String d : domains) {
            pools.put(d, new ImagePool(poolSize, specs.get(d).sampleShape()));
        }
        return new LatentTranslationNetworks(domains, specs, codecs, critics, latent, pools);
    }

    Layer encoder(String domain) {
        return codecs.encoders().get(domain);
    }

    Layer decoder(String domain) {
        return codecs.decoders().get(domain);
    }

    static String encoderName(String domain) {
        return "encoder_" + domain;
    }

    static String decoderName(String domain) {
        return "decoder_" + domain;
    }

    static String criticName(String domain) {
        return "discriminator_" + domain;
    }

    static String poolName(String domain) {
        return "pool_" + domain;
    }

    /** The names of every encoder and decoder, which the generators' phase updates. */
    List<String> codecNames() {
        List<String> names = new ArrayList<>();
        domains.forEach(d -> names.add(encoderName(d)));
        domains.forEach(d -> names.add(decoderName(d)));
        return names;
    }

    /** The names of the domains' discriminators. */
    List<String> criticNames() {
        return domains.stream().map(LatentTranslationNetworks::criticName).toList();
    }

    /** Every network by name: encoders, decoders, discriminators, the latent discriminator, pools with a capacity. */
    Map<String, Layer> byName() {
        Map<String, Layer> all = new LinkedHashMap<>();
        domains.forEach(d -> all.put(encoderName(d), encoder(d)));
        domains.forEach(d -> all.put(decoderName(d), decoder(d)));
        domains.forEach(d -> all.put(criticName(d), critics.get(d).network()));
        if (latentCritic != null) {
            all.put(LATENT_CRITIC, latentCritic.network());
        }
        domains.forEach(d -> {
            if (pools.get(d).capacity() > 0) {
                all.put(poolName(d), pools.get(d));
            }
        });
        return all;
    }
}
