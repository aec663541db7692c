package dev.gan4j.examples.relativistic;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.network.NetworkTypes;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relativistic game: networks {@code "generator"} and {@code "discriminator"} (the critic),
 * phases {@code "discriminator"} then {@code "generator"}, samples from the generator. Built only
 * from core's public SPI: the network type comes from {@link NetworkTypes}, so any registered
 * architecture works.
 */
final class RelativisticSystem implements GanSystem {
    /** The generator's name in {@link #networks()}. */
    static final String GENERATOR = "generator";
    /** The critic's name in {@link #networks()}; "discriminator", as the other families call it. */
    static final String CRITIC = "discriminator";

    private final Generator generator;
    private final DataSpec data;
    private final Map<String, Layer> networks;
    private final List<Phase> phases;

    private RelativisticSystem(Generator generator, Discriminator critic, RelativisticLoss loss, DataSpec data) {
        this.generator = generator;
        this.data = data;
        Map<String, Layer> named = new LinkedHashMap<>();
        named.put(GENERATOR, generator.network());
        named.put(CRITIC, critic.network());
        this.networks = Collections.unmodifiableMap(named);
        this.phases = List.of(new CriticPhase(generator, critic, loss), new GeneratorPhase(generator, critic, loss));
    }

    /** Builds the generator, then the critic (one raw score per sample), from {@code initRng} in that order. */
    static RelativisticSystem build(RelativisticGanConfig config, DataSpec data, Rng initRng) {
        NetworkType type = NetworkTypes.forConfig(config.network());
        Generator generator = type.generator(config.network(), data, config.latentSize(), initRng);
        Discriminator critic = type.discriminator(config.network(), data, 1, initRng);
        return new RelativisticSystem(generator, critic, new RelativisticLoss(config.average()), data);
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

    /** Runs {@code sampler} in evaluation mode without a graph, then puts its mode back. */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        boolean training = sampler.isTraining();
        sampler.train(false);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return new Generator(sampler, generator.latentSize()).generate(noise);
        } finally {
            sampler.train(training);
        }
    }

    /** The {@code generator}: {@code z} [N, latentSize] to {@code sample}. */
    @Override
    public List<ExportablePart> exportableParts() {
        return List.of(ExportablePart.generator(GENERATOR, networks.get(GENERATOR), generator.latentSize(), data));
    }
}
