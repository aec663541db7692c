package dev.gan4j.models.gan;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.network.NetworkTypes;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Encoder;
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
 * A variational autoencoder whose decoder is the generator: networks {@code "generator"} (the
 * decoder) and {@code "encoder"}; one phase, {@code "vae"}; samples decode z ~ N(0, I).
 */
final class VaeSystem implements GanSystem {
    /** The decoder's name in {@link #networks()}: it is the generator. */
    static final String DECODER = "generator";
    /** The encoder's name in {@link #networks()}. */
    static final String ENCODER = "encoder";

    private final int latentSize;
    private final DataSpec data;
    private final Map<String, Layer> networks;
    private final List<Phase> phases;

    private VaeSystem(Generator decoder, Encoder encoder, VaeConfig config, Reconstruction reconstruction, DataSpec data) {
        this.latentSize = config.latentSize();
        this.data = data;
        Map<String, Layer> named = new LinkedHashMap<>();
        named.put(DECODER, decoder.network());
        named.put(ENCODER, encoder.network());
        this.networks = Collections.unmodifiableMap(named);
        this.phases = List.of(new VaePhase(encoder, new Decoder(decoder, reconstruction, VaeFamily.ID), latentSize,
                config.beta()));
    }

    /** Builds the decoder, then the encoder, from {@code initRng} in that order. */
    static VaeSystem build(VaeConfig config, DataSpec data, Rng initRng) {
        Reconstruction reconstruction = Reconstruction.resolve(config.reconstruction(), data);
        NetworkType type = NetworkTypes.forConfig(config.network());
        Generator decoder = type.generator(config.network(), data, config.latentSize(), initRng);
        Encoder encoder = type.encoder(config.network(), data, 2 * config.latentSize(), initRng);
        return new VaeSystem(decoder, encoder, config, reconstruction, data);
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
        return DECODER;
    }

    /** The prior's noise: standard normal [n, latentSize]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, latentSize);
    }

    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        try (SamplingScope ignored = SamplingScope.of(sampler)) {
            return new Generator(sampler, latentSize).generate(noise);
        }
    }

    /** The decoder, as {@code generator}: {@code z} [N, latentSize] from the prior to {@code sample}. */
    @Override
    public List<ExportablePart> exportableParts() {
        return List.of(ExportablePart.generator(DECODER, networks.get(DECODER), latentSize, data));
    }
}
