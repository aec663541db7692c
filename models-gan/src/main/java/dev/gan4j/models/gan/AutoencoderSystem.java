package dev.gan4j.models.gan;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.network.NetworkTypes;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
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
 * A deterministic autoencoder whose decoder is the generator: networks {@code "generator"} (the
 * decoder), {@code "encoder"} and {@code "codes"} (the {@link CodeDistribution}, buffers only);
 * one phase, {@code "autoencoder"}. An autoencoder has no prior to sample from, so
 * {@link #sample} maps the standard normal noise through a Gaussian fitted to the codes of the
 * last training batches and decodes the result: a fair way to compare it with a generator.
 */
final class AutoencoderSystem implements GanSystem {
    /** The decoder's name in {@link #networks()}: it is the generator. */
    static final String DECODER = "generator";
    /** The encoder's name in {@link #networks()}. */
    static final String ENCODER = "encoder";
    /** The code distribution's name in {@link #networks()}. */
    static final String CODES = "codes";

    private final int latentSize;
    private final DataSpec data;
    private final CodeDistribution codes;
    private final Map<String, Layer> networks;
    private final List<Phase> phases;

    private AutoencoderSystem(Generator decoder, Encoder encoder, AutoencoderConfig config, Reconstruction reconstruction,
            DataSpec data) {
        this.latentSize = config.latentSize();
        this.data = data;
        this.codes = new CodeDistribution(latentSize, config.codeMomentum());
        Map<String, Layer> named = new LinkedHashMap<>();
        named.put(DECODER, decoder.network());
        named.put(ENCODER, encoder.network());
        named.put(CODES, codes);
        this.networks = Collections.unmodifiableMap(named);
        this.phases = List.of(new AutoencoderPhase(encoder, new Decoder(decoder, reconstruction, AutoencoderFamily.ID),
                codes));
    }

    /** Builds the decoder, then the encoder, from {@code initRng} in that order. */
    static AutoencoderSystem build(AutoencoderConfig config, DataSpec data, Rng initRng) {
        Reconstruction reconstruction = Reconstruction.resolve(config.reconstruction(), data);
        NetworkType type = NetworkTypes.forConfig(config.network());
        Generator decoder = type.generator(config.network(), data, config.latentSize(), initRng);
        Encoder encoder = type.encoder(config.network(), data, config.latentSize(), initRng);
        return new AutoencoderSystem(decoder, encoder, config, reconstruction, data);
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

    /** Standard normal noise [n, latentSize]; {@link #sample} maps it to the fitted code distribution. */
    @Override
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, latentSize);
    }

    /** Decodes codes drawn from the Gaussian fitted to recent training codes, for the given standard normal noise. */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        try (SamplingScope ignored = SamplingScope.of(sampler)) {
            return new Generator(sampler, latentSize).generate(codes.forward(noise));
        }
    }

    /**
     * The code distribution followed by the decoder, as {@code generator}: standard normal
     * {@code z} [N, latentSize] to {@code sample}, the same map {@link #sample} applies.
     */
    @Override
    public List<ExportablePart> exportableParts() {
        return List.of(ExportablePart.generator(DECODER, new Sequential(codes, networks.get(DECODER)), latentSize, data));
    }
}
