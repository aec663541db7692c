package dev.gan4j.core.network;

import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkRequest;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fully connected networks ({@code "mlp"}), for vectors [D] and for images [C, H, W] alike: the
 * generator's last linear layer is reshaped to the image, the discriminator and encoder flatten
 * it first. With {@code hiddenSizes} [256, 512] on 28×28 images this is the reference MLP GAN of
 * {@code gan4j bench}, layer for layer. Weights get PyTorch's default initialisation.
 *
 * <ul>
 *   <li>generator: Linear(latent, h1), [BatchNorm1d], LeakyReLU, ..., Linear(hk, size),
 *       [Reshape(C, H, W)], [Tanh]</li>
 *   <li>discriminator and encoder: [Flatten], Linear(size, hk), LeakyReLU, ..., Linear(h1, outputs)</li>
 * </ul>
 */
public final class MlpNetworkType implements NetworkType {
    /** The config type name, {@value}. */
    public static final String ID = "mlp";

    /** The type; stateless. */
    public MlpNetworkType() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<? extends NetworkConfig> configClass() {
        return MlpNetworkConfig.class;
    }

    @Override
    public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
        MlpNetworkConfig c = NetworkChecks.requireConfig(ID, MlpNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "latent size", latentSize);
        float slope = c.leakySlope().floatValue();
        List<Layer> layers = new ArrayList<>();
        int in = latentSize;
        for (int width : c.hiddenSizes()) {
            layers.add(new Linear(in, width, rng));
            if (c.batchNorm()) {
                layers.add(new BatchNorm1d(width));
            }
            layers.add(new LeakyReLU(slope));
            in = width;
        }
        layers.add(new Linear(in, data.sampleSize(), rng));
        if (data.sampleShape().length > 1) {
            layers.add(new Reshape(data.sampleShape()));
        }
        if (c.tanhOutputFor(data.isImage())) {
            layers.add(new Tanh());
        }
        return new Generator(new Sequential(layers), latentSize);
    }

    @Override
    public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        MlpNetworkConfig c = NetworkChecks.requireConfig(ID, MlpNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "number of discriminator outputs", outputs);
        return new Discriminator(downwards(c, data, outputs, rng), outputs);
    }

    @Override
    public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        MlpNetworkConfig c = NetworkChecks.requireConfig(ID, MlpNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "code size", outputs);
        return new Encoder(downwards(c, data, outputs, rng), outputs);
    }

    /** From the data down through the hidden widths in reverse to {@code outputs} raw values. */
    private static Sequential downwards(MlpNetworkConfig c, DataSpec data, int outputs, Rng rng) {
        float slope = c.leakySlope().floatValue();
        List<Layer> layers = new ArrayList<>();
        if (data.sampleShape().length > 1) {
            layers.add(new Flatten());
        }
        int in = data.sampleSize();
        List<Integer> widths = c.hiddenSizes();
        for (int i = widths.size() - 1; i >= 0; i--) {
            layers.add(new Linear(in, widths.get(i), rng));
            layers.add(new LeakyReLU(slope));
            in = widths.get(i);
        }
        layers.add(new Linear(in, outputs, rng));
        return new Sequential(layers);
    }

    @Override
    public Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
        MlpNetworkConfig c = NetworkChecks.requireConfig(ID, MlpNetworkConfig.class, config);
        NetworkChecks.requireSize(ID, request);
        DataSpec data = request.data();
        List<Integer> widths = c.hiddenSizes();
        switch (request.role()) {
            case GENERATOR -> {
                SizeSketch sketch = new SizeSketch(request.size());
                int in = request.size();
                for (int width : widths) {
                    sketch.linear(in, width);
                    if (c.batchNorm()) {
                        sketch.batchNorm();
                    }
                    sketch.pointwise("LeakyReLU");
                    in = width;
                }
                sketch.linear(in, data.sampleSize());
                if (c.tanhOutputFor(data.isImage())) {
                    sketch.pointwise("Tanh");
                }
                return Optional.of(sketch.estimate());
            }
            case DISCRIMINATOR, ENCODER -> {
                SizeSketch sketch = new SizeSketch(data.sampleSize());
                int in = data.sampleSize();
                for (int i = widths.size() - 1; i >= 0; i--) {
                    sketch.linear(in, widths.get(i)).pointwise("LeakyReLU");
                    in = widths.get(i);
                }
                return Optional.of(sketch.linear(in, request.size()).estimate());
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    @Override
    public String toString() {
        return ID;
    }
}
