package dev.gan4j.models.cycle;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SamplingScope;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.spi.Translator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system of every family of this module: two translators and two discriminators
 * ({@link CycleNetworks}), the family's phases, and any further state the checkpoints must keep
 * (image pools, a curriculum's step count). The moving average, when a run keeps one, follows
 * G: A → B, which {@link #sample} uses; {@link #translate} uses the trained weights of both.
 */
final class CycleSystem implements TranslationSystem {
    private final CycleNetworks nets;
    private final List<Phase> phases;
    private final Map<String, Layer> networks;

    /**
     * @param state further layers whose buffers checkpoints keep, by network name (pools, counters)
     */
    CycleSystem(CycleNetworks nets, List<Phase> phases, Map<String, Layer> state) {
        this.nets = nets;
        this.phases = List.copyOf(phases);
        Map<String, Layer> all = new LinkedHashMap<>();
        all.put(nets.aToBName(), nets.aToB().network());
        all.put(nets.bToAName(), nets.bToA().network());
        all.put(CycleNetworks.criticName(nets.a()), nets.criticA().network());
        all.put(CycleNetworks.criticName(nets.b()), nets.criticB().network());
        all.putAll(state);
        this.networks = Collections.unmodifiableMap(all);
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
        return nets.aToBName();
    }

    /** Stand-in images of the first domain, uniform in [−1, 1]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        int[] shape = nets.dataA().sampleShape();
        return Tensor.uniform(rng, -1f, 1f, n, shape[0], shape[1], shape[2]);
    }

    /** The translation of {@code noise} (images of the first domain) by {@code sampler} into the second domain. */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        return inEvaluation(sampler, noise);
    }

    @Override
    public List<String> domains() {
        return List.of(nets.a(), nets.b());
    }

    @Override
    public Tensor translate(String from, String to, Tensor images) {
        Translator translator;
        if (from.equals(nets.a()) && to.equals(nets.b())) {
            translator = nets.aToB();
        } else if (from.equals(nets.b()) && to.equals(nets.a())) {
            translator = nets.bToA();
        } else {
            throw new IllegalArgumentException("This model translates between the domains " + nets.a() + " and "
                    + nets.b() + " (" + nets.a() + "to" + nets.b() + " or " + nets.b() + "to" + nets.a()
                    + "), not from \"" + from + "\" to \"" + to + "\".");
        }
        int[] dims = images.dims();
        if (dims.length != 4 || !java.util.Arrays.equals(java.util.Arrays.copyOfRange(dims, 1, 4),
                translator.inputShape())) {
            throw new IllegalArgumentException("Images of domain " + from + " are [N, "
                    + java.util.Arrays.toString(translator.inputShape()).replaceAll("[\\[\\]]", "") + "], but got "
                    + images.shape() + ".");
        }
        return inEvaluation(translator.network(), images);
    }

    private static Tensor inEvaluation(Layer network, Tensor input) {
        try (SamplingScope ignored = SamplingScope.of(network)) {
            return network.forward(input);
        }
    }

    @Override
    public List<ExportablePart> exportableParts() {
        return List.of(part(nets.aToBName(), nets.aToB(), nets.a(), nets.b(), nets.dataA().name(), nets.dataB().name()),
                part(nets.bToAName(), nets.bToA(), nets.b(), nets.a(), nets.dataB().name(), nets.dataA().name()));
    }

    private static ExportablePart part(String name, Translator t, String from, String to, String fromData,
                                       String toData) {
        return ExportablePart.translator(name, t.network(),
                new TranslationMetadata(from, to, fromData, toData, t.inputShape(), t.outputShape()));
    }
}
