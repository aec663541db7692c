package dev.gan4j.models.unit;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SamplingScope;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The system of every family of this module: the {@link LatentTranslationNetworks} and the
 * family's phases. A translation from domain X to Y is X's encoder then Y's decoder, fed the code's
 * mean (no noise); every ordered pair of domains exports as one such model, so N domains give
 * N·(N−1) models, each a plain image-to-image translator that {@code gan4j translate} and ONNX
 * Runtime run like any other (one model with a domain input would need a graph that picks weights
 * by an input, which every runtime would have to evaluate for all domains). The moving average,
 * when a run keeps one, follows the last domain's decoder, which {@link #sample} uses on the first
 * domain's codes.
 */
final class LatentTranslationSystem implements TranslationSystem {
    private final LatentTranslationNetworks nets;
    private final List<Phase> phases;
    private final Map<String, Layer> networks;

    LatentTranslationSystem(LatentTranslationNetworks nets, List<Phase> phases) {
        this.nets = nets;
        this.phases = List.copyOf(phases);
        this.networks = Collections.unmodifiableMap(nets.byName());
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

    /** Stand-in images of the first domain, uniform in [−1, 1]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        int[] shape = nets.specs().get(first()).sampleShape();
        return Tensor.uniform(rng, -1f, 1f, n, shape[0], shape[1], shape[2]);
    }

    /** {@code sampler} (the last domain's decoder, or its average) on the first domain's codes of {@code noise}. */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
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
        int[] shape = nets.specs().get(from).sampleShape();
        int[] dims = images.dims();
        if (dims.length != 4 || !Arrays.equals(Arrays.copyOfRange(dims, 1, 4), shape)) {
            throw new IllegalArgumentException("Images of domain " + from + " are [N, "
                    + Arrays.toString(shape).replaceAll("[\\[\\]]", "") + "], but got " + images.shape() + ".");
        }
        Layer encoder = nets.encoder(from);
        Layer decoder = nets.decoder(to);
        try (SamplingScope ignored = SamplingScope.of(encoder, decoder)) {
            return decoder.forward(encoder.forward(images));
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
