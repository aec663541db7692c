package dev.gan4j.models.gan;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.network.NetworkTypes;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generator against a discriminator, the system of the {@code gan} and {@code dcgan} families:
 * networks {@code "generator"} and {@code "discriminator"}; phases {@code "discriminator"}
 * (repeated nCritic times) then {@code "generator"}; samples from the generator.
 */
final class AdversarialSystem implements GanSystem {
    /** The generator's name in {@link #networks()}. */
    static final String GENERATOR = "generator";
    /** The discriminator's name in {@link #networks()}. */
    static final String DISCRIMINATOR = "discriminator";

    private final Generator generator;
    private final DataSpec data;
    private final Map<String, Layer> networks;
    private final List<Phase> phases;

    private AdversarialSystem(Generator generator, Discriminator discriminator, AdversarialSettings settings, DataSpec data) {
        this.generator = generator;
        this.data = data;
        Map<String, Layer> named = new LinkedHashMap<>();
        named.put(GENERATOR, generator.network());
        named.put(DISCRIMINATOR, discriminator.network());
        this.networks = Collections.unmodifiableMap(named);
        Objective objective = settings.buildObjective();
        this.phases = List.of(
                new DiscriminatorPhase(generator, discriminator, objective, settings.buildPenalty(), settings.nCritic()),
                new GeneratorPhase(generator, discriminator, objective));
    }

    /** Builds the generator, then the discriminator, from {@code initRng} in that order. */
    static AdversarialSystem build(AdversarialSettings settings, DataSpec data, Rng initRng) {
        NetworkType type = NetworkTypes.forConfig(settings.network());
        Generator generator = type.generator(settings.network(), data, settings.latentSize(), initRng);
        Discriminator discriminator = type.discriminator(settings.network(), data, 1, initRng);
        return new AdversarialSystem(generator, discriminator, settings, data);
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
        return GENERATOR;
    }

    /** Standard normal noise [n, latentSize]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, generator.latentSize());
    }

    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        try (SamplingScope ignored = SamplingScope.of(sampler)) {
            return new Generator(sampler, generator.latentSize()).generate(noise);
        }
    }

    /** The {@code generator}: {@code z} [N, latentSize] to {@code sample}. */
    @Override
    public List<ExportablePart> exportableParts() {
        return List.of(ExportablePart.generator(GENERATOR, networks.get(GENERATOR), generator.latentSize(), data));
    }
}
