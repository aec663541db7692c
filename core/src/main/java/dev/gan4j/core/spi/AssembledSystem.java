package dev.gan4j.core.spi;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link GanSystem} put together from its parts: named networks, phases, and a generator to
 * sample from. What almost every family's system is, so a family builds one instead of writing the
 * class again:
 *
 * <pre>{@code
 * return AssembledSystem.builder(context.data())
 *         .setSampledGenerator("generator", generator)
 *         .addNetwork("discriminator", critic.network())
 *         .addPhase(criticPhase)
 *         .addPhase(generatorPhase)
 *         .build();
 * }</pre>
 *
 * <p>Noise is standard normal [n, latentSize]; {@link #sample} runs the sampler (with the noise
 * first mapped through {@link Builder#optNoiseMap}, if given) inside a {@link SamplingScope}; the
 * exportable part is the generator (after the noise map) from {@code z} to {@code sample}, unless
 * the family gives its own. A system with more to offer (a {@link ConditionalSystem}) holds one of
 * these and adds to it. Immutable.
 */
public final class AssembledSystem implements GanSystem {
    private final Map<String, Layer> networks;
    private final List<Phase> phases;
    private final String sampledNetwork;
    private final int latentSize;
    private final Layer noiseMap;
    private final DataSpec data;
    private final List<ExportablePart> exportableParts;

    private AssembledSystem(Builder b) {
        this.networks = Collections.unmodifiableMap(new LinkedHashMap<>(b.networks));
        this.phases = List.copyOf(b.phases);
        this.sampledNetwork = b.sampledNetwork;
        this.latentSize = b.latentSize;
        this.noiseMap = b.noiseMap;
        this.data = b.data;
        this.exportableParts = b.exportableParts;
    }

    /** A builder for a system trained on data like {@code data}. */
    public static Builder builder(DataSpec data) {
        return new Builder(data);
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
        return sampledNetwork;
    }

    /** The size of one noise vector. */
    public int latentSize() {
        return latentSize;
    }

    /** Standard normal noise [n, latentSize]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, latentSize);
    }

    /** The sampler's output for the noise (mapped first, when there is a noise map), in evaluation mode, no graph. */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        if (noiseMap == null) {
            try (SamplingScope ignored = SamplingScope.of(sampler)) {
                return new Generator(sampler, latentSize).generate(noise);
            }
        }
        try (SamplingScope ignored = SamplingScope.of(noiseMap, sampler)) {
            return new Generator(sampler, latentSize).generate(noiseMap.forward(noise));
        }
    }

    /** The parts the family gave, or the sampled generator (after the noise map) from {@code z} to {@code sample}. */
    @Override
    public List<ExportablePart> exportableParts() {
        if (exportableParts != null) {
            return exportableParts;
        }
        Layer generator = networks.get(sampledNetwork);
        return List.of(ExportablePart.generator(sampledNetwork,
                noiseMap == null ? generator : new Sequential(noiseMap, generator), latentSize, data));
    }

    /** Builds an {@link AssembledSystem}; required settings are {@code setX}/{@code addX}, optional ones {@code optX}. */
    public static final class Builder {
        private final DataSpec data;
        private final Map<String, Layer> networks = new LinkedHashMap<>();
        private final List<Phase> phases = new ArrayList<>();
        private String sampledNetwork;
        private int latentSize;
        private Layer noiseMap;
        private List<ExportablePart> exportableParts;

        private Builder(DataSpec data) {
            this.data = Objects.requireNonNull(data, "data");
        }

        /**
         * Required, once: the generator samples come from, added to the networks under {@code name}
         * (at this point of their order). An EMA of its weights may be kept.
         */
        public Builder setSampledGenerator(String name, Generator generator) {
            if (sampledNetwork != null) {
                throw new IllegalStateException("The system already samples from \"" + sampledNetwork
                        + "\"; a system has one sampled generator.");
            }
            addNetwork(name, generator.network());
            this.sampledNetwork = name;
            this.latentSize = generator.latentSize();
            return this;
        }

        /** Adds a network under a name unique in the system; networks keep the order they are added in. */
        public Builder addNetwork(String name, Layer network) {
            Objects.requireNonNull(network, "network");
            if (networks.putIfAbsent(Objects.requireNonNull(name, "name"), network) != null) {
                throw new IllegalArgumentException("The system already has a network named \"" + name
                        + "\"; checkpoints keep networks by name, so give each its own.");
            }
            return this;
        }

        /** Adds a phase; phases run in the order they are added. */
        public Builder addPhase(Phase phase) {
            phases.add(Objects.requireNonNull(phase, "phase"));
            return this;
        }

        /**
         * Optional: a layer the noise goes through before the generator, when sampling and in the
         * exported model (an autoencoder's fitted code distribution). It should also be one of the
         * networks, so checkpoints keep its state.
         */
        public Builder optNoiseMap(Layer map) {
            this.noiseMap = Objects.requireNonNull(map, "map");
            return this;
        }

        /** Optional: the parts to export, instead of the sampled generator from {@code z} to {@code sample}. */
        public Builder optExportableParts(List<ExportablePart> parts) {
            this.exportableParts = List.copyOf(parts);
            return this;
        }

        /**
         * Checks that there is a sampled generator, that phase names are distinct and that every
         * phase names networks of this system.
         */
        public AssembledSystem build() {
            if (sampledNetwork == null) {
                throw new IllegalStateException("The system needs a generator to sample from: call "
                        + "setSampledGenerator(name, generator) on the builder before build().");
            }
            Set<String> names = new LinkedHashSet<>();
            for (Phase phase : phases) {
                if (!names.add(phase.name())) {
                    throw new IllegalArgumentException("The system has two phases named \"" + phase.name()
                            + "\"; optimisers are keyed by phase name, so name them apart.");
                }
                for (String network : phase.networks()) {
                    if (!networks.containsKey(network)) {
                        throw new IllegalArgumentException("The phase \"" + phase.name() + "\" updates the network \""
                                + network + "\", but the system's networks are " + networks.keySet() + ".");
                    }
                }
            }
            return new AssembledSystem(this);
        }
    }
}
