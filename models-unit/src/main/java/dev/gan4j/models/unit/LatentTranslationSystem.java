package dev.gan4j.models.unit;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SamplingScope;
import dev.gan4j.core.spi.LatentSpaceSystem;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system of every family of this module: the {@link LatentTranslationNetworks} and the
 * family's phases. A translation from domain X to Y is X's encoder then Y's decoder, fed the code's
 * mean (no noise); every ordered pair of domains exports as one such model, so N domains give
 * N·(N−1) models, each a plain image-to-image translator that {@code gan4j translate} and ONNX
 * Runtime run like any other (one model with a domain input would need a graph that picks weights
 * by an input, which every runtime would have to evaluate for all domains). The moving average,
 * when a run keeps one, follows the last domain's decoder, which {@link #sample} uses.
 *
 * <p>A family whose codes are pulled toward N(0, I) by a KL term (unit, vaegan-pair,
 * latent-domain) has that as its {@link #prior()}: {@link #noise} draws codes from it and
 * {@link #sample} decodes them, so {@code gan4j sample} and the sample grids show new images.
 * ComboGAN's codes have no prior; its noise is stand-in images of the first domain, which
 * {@link #sample} translates to the last.
 */
final class LatentTranslationSystem implements LatentSpaceSystem {
    private final LatentTranslationNetworks nets;
    private final List<Phase> phases;
    private final Map<String, Layer> networks;
    private final boolean gaussianPrior;

    /**
     * @param gaussianPrior whether the codes are trained toward N(0, I) (a KL term), which makes it
     *                      the system's prior
     */
    LatentTranslationSystem(LatentTranslationNetworks nets, List<Phase> phases, boolean gaussianPrior) {
        this.nets = nets;
        this.phases = List.copyOf(phases);
        this.networks = Collections.unmodifiableMap(nets.byName());
        this.gaussianPrior = gaussianPrior;
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
        return LatentTranslationNetworks.decoderName(last());
    }

    /** Codes from the prior, or without one stand-in images of the first domain, uniform in [−1, 1]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        if (gaussianPrior) {
            return drawPrior(n, rng);
        }
        int[] shape = nets.specs().get(first()).sampleShape();
        return Tensor.uniform(rng, -1f, 1f, n, shape[0], shape[1], shape[2]);
    }

    /**
     * {@code sampler} (the last domain's decoder, or its average) on prior codes, or without a prior
     * on the first domain's codes of the stand-in images.
     */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        if (gaussianPrior) {
            try (SamplingScope ignored = SamplingScope.of(sampler)) {
                return sampler.forward(noise);
            }
        }
        Layer encoder = nets.encoder(first());
        try (SamplingScope ignored = SamplingScope.of(encoder, sampler)) {
            return sampler.forward(encoder.forward(noise));
        }
    }

    @Override
    public List<String> domains() {
        return nets.domains();
    }

    @Override
    public Tensor translate(String from, String to, Tensor images) {
        if (!nets.domains().contains(from) || !nets.domains().contains(to) || from.equals(to)) {
            throw new IllegalArgumentException("This model has the domains " + nets.domains() + " and translates from "
                    + "one of them to another, not from \"" + from + "\" to \"" + to + "\"; choose two of "
                    + nets.domains() + ".");
        }
        checkImages(from, images);
        Layer encoder = nets.encoder(from);
        Layer decoder = nets.decoder(to);
        try (SamplingScope ignored = SamplingScope.of(encoder, decoder)) {
            return decoder.forward(encoder.forward(images));
        }
    }

    @Override
    public int[] latentShape() {
        return nets.codecs().latentShape();
    }

    @Override
    public Tensor encode(String domain, Tensor images) {
        checkDomain(domain);
        checkImages(domain, images);
        Layer encoder = nets.encoder(domain);
        try (SamplingScope ignored = SamplingScope.of(encoder)) {
            return encoder.forward(images);
        }
    }

    @Override
    public Tensor decode(String domain, Tensor codes) {
        checkDomain(domain);
        int[] shape = latentShape();
        int[] dims = codes.dims();
        if (dims.length != shape.length + 1 || !Arrays.equals(Arrays.copyOfRange(dims, 1, dims.length), shape)) {
            throw new IllegalArgumentException("Codes of this model are [N, "
                    + Arrays.toString(shape).replaceAll("[\\[\\]]", "") + "], but got " + codes.shape() + ".");
        }
        Layer decoder = nets.decoder(domain);
        try (SamplingScope ignored = SamplingScope.of(decoder)) {
            return decoder.forward(codes);
        }
    }

    /** N(0, I) over codes when a KL term trained them toward it; ComboGAN has none. */
    @Override
    public Optional<LatentPrior> prior() {
        return gaussianPrior ? Optional.of(this::drawPrior) : Optional.empty();
    }

    private Tensor drawPrior(int n, Rng rng) {
        int[] shape = latentShape();
        int[] dims = new int[shape.length + 1];
        dims[0] = n;
        System.arraycopy(shape, 0, dims, 1, shape.length);
        return Tensor.randn(rng, dims);
    }

    private void checkDomain(String domain) {
        if (!nets.domains().contains(domain)) {
            throw new IllegalArgumentException("This model has the domains " + nets.domains() + ", not \"" + domain
                    + "\"; choose one of them.");
        }
    }

    private void checkImages(String domain, Tensor images) {
        int[] shape = nets.specs().get(domain).sampleShape();
        int[] dims = images.dims();
        if (dims.length != 4 || !Arrays.equals(Arrays.copyOfRange(dims, 1, 4), shape)) {
            throw new IllegalArgumentException("Images of domain " + domain + " are [N, "
                    + Arrays.toString(shape).replaceAll("[\\[\\]]", "") + "], but got " + images.shape() + ".");
        }
    }

    /** One translator per ordered pair of domains: the source's encoder then the target's decoder. */
    @Override
    public List<ExportablePart> exportableParts() {
        List<ExportablePart> parts = new ArrayList<>();
        for (String from : nets.domains()) {
            for (String to : nets.domains()) {
                if (!from.equals(to)) {
                    parts.add(ExportablePart.translator(TranslationSystem.translatorName(from, to),
                            new Sequential(nets.encoder(from), nets.decoder(to)),
                            new TranslationMetadata(from, to, nets.specs().get(from).name(),
                                    nets.specs().get(to).name(), nets.specs().get(from).sampleShape(),
                                    nets.specs().get(to).sampleShape())));
                }
            }
        }
        return parts;
    }

    private String first() {
        return nets.domains().get(0);
    }

    private String last() {
        return nets.domains().get(nets.domains().size() - 1);
    }
}
