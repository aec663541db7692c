package dev.gan4j.models.unit;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.network.CoupledNetworks;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SamplingScope;
import dev.gan4j.core.spi.LatentSpaceSystem;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CoGAN's system: per domain a generator, a discriminator and an encoder ({@link CoupledNetworks},
 * shared layers held by several networks and so stored once). A translation from X to Y is
 * G_Y(E_X(x)); every ordered pair exports as one such model. Its prior is the generators' noise,
 * N(0, I) of the latent size: {@link #noise} draws from it and {@link #sample} runs the last
 * domain's generator (its moving average when the run keeps one) on it, as a GAN samples.
 */
final class CoGanSystem implements LatentSpaceSystem {
    private final CoupledNetworks nets;
    private final Map<String, DataSpec> specs;
    private final List<String> domains;
    private final List<Phase> phases;
    private final Map<String, Layer> networks;

    private final int latent;

    CoGanSystem(CoupledNetworks nets, Map<String, DataSpec> specs, int latent, List<Phase> phases) {
        this.nets = nets;
        this.latent = latent;
        this.specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        this.domains = List.copyOf(specs.keySet());
        this.phases = List.copyOf(phases);
        Map<String, Layer> all = new LinkedHashMap<>();
        domains.forEach(d -> all.put(generatorName(d), nets.generators().get(d)));
        domains.forEach(d -> all.put(criticName(d), nets.discriminators().get(d)));
        domains.forEach(d -> all.put(encoderName(d), nets.encoders().get(d)));
        this.networks = Collections.unmodifiableMap(all);
    }

    static String generatorName(String domain) {
        return "decoder_" + domain;
    }

    static String criticName(String domain) {
        return "discriminator_" + domain;
    }

    static String encoderName(String domain) {
        return "encoder_" + domain;
    }

    @Override
    public Map<String, Layer> networks() {
        return networks;
    }

    @Override
    public List<Phase> phases() {
        return phases;
    }

    @Override
    public String sampledNetwork() {
        return generatorName(domains.get(domains.size() - 1));
    }

    /** Codes from the prior, N(0, I) [n, latent]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, latent);
    }

    /** {@code sampler} (the last domain's generator, or its average) on prior codes. */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        try (SamplingScope ignored = SamplingScope.of(sampler)) {
            return sampler.forward(noise);
        }
    }

    @Override
    public int[] latentShape() {
        return new int[] {latent};
    }

    @Override
    public Tensor encode(String domain, Tensor images) {
        checkDomain(domain);
        checkImages(domain, images);
        Layer encoder = nets.encoders().get(domain);
        try (SamplingScope ignored = SamplingScope.of(encoder)) {
            return encoder.forward(images);
        }
    }

    @Override
    public Tensor decode(String domain, Tensor codes) {
        checkDomain(domain);
        if (codes.rank() != 2 || codes.dim(1) != latent) {
            throw new IllegalArgumentException("Codes of this model are [N, " + latent + "], but got " + codes.shape()
                    + ".");
        }
        Layer generator = nets.generators().get(domain);
        try (SamplingScope ignored = SamplingScope.of(generator)) {
            return generator.forward(codes);
        }
    }

    /** The generators' noise, N(0, I) of the latent size. */
    @Override
    public Optional<LatentPrior> prior() {
        return Optional.of(this::noise);
    }

    private void checkDomain(String domain) {
        if (!domains.contains(domain)) {
            throw new IllegalArgumentException("This model has the domains " + domains + ", not \"" + domain
                    + "\"; choose one of them.");
        }
    }

    private void checkImages(String domain, Tensor images) {
        int[] shape = specs.get(domain).sampleShape();
        int[] dims = images.dims();
        if (dims.length != 4 || !Arrays.equals(Arrays.copyOfRange(dims, 1, 4), shape)) {
            throw new IllegalArgumentException("Images of domain " + domain + " are [N, "
                    + Arrays.toString(shape).replaceAll("[\\[\\]]", "") + "], but got " + images.shape() + ".");
        }
    }

    @Override
    public List<String> domains() {
        return domains;
    }

    @Override
    public Tensor translate(String from, String to, Tensor images) {
        if (!domains.contains(from) || !domains.contains(to) || from.equals(to)) {
            throw new IllegalArgumentException("This model has the domains " + domains + " and translates from one of "
                    + "them to another, not from \"" + from + "\" to \"" + to + "\"; choose two of " + domains + ".");
        }
        checkImages(from, images);
        Layer encoder = nets.encoders().get(from);
        Layer generator = nets.generators().get(to);
        try (SamplingScope ignored = SamplingScope.of(encoder, generator)) {
            return generator.forward(encoder.forward(images));
        }
    }

    @Override
    public List<ExportablePart> exportableParts() {
        List<ExportablePart> parts = new ArrayList<>();
        for (String from : domains) {
            for (String to : domains) {
                if (!from.equals(to)) {
                    parts.add(ExportablePart.translator(TranslationSystem.translatorName(from, to),
                            new Sequential(nets.encoders().get(from), nets.generators().get(to)),
                            new TranslationMetadata(from, to, specs.get(from).name(), specs.get(to).name(),
                                    specs.get(from).sampleShape(), specs.get(to).sampleShape())));
                }
            }
        }
        return parts;
    }
}
