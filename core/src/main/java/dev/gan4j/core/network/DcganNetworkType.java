package dev.gan4j.core.network;

import dev.gan4j.core.nn.BatchNorm;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Init;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.nn.WeightedLayer;
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
 * Convolutional networks in the style of DCGAN ({@code "dcgan"}) for square images whose side
 * is 7 or 4 times a power of two (see {@link DcganGeometry}); b is {@code baseChannels}, s the
 * start side, k the number of stages. With b = 64 on 28×28 images (s = 7, k = 2) these are the
 * reference networks of {@code gan4j bench}, layer for layer.
 *
 * <ul>
 *   <li>generator: Linear(latent, b·2^(k−1)·s²), Reshape, BatchNorm2d, ReLU, then k − 1 times
 *       ConvTranspose2d(c, c/2, 4, 2, 1, no bias), BatchNorm2d, ReLU, then
 *       ConvTranspose2d(b, C, 4, 2, 1), Tanh</li>
 *   <li>discriminator and encoder: Conv2d(C, b, 4, 2, 1), LeakyReLU, then k − 1 times
 *       Conv2d(c, 2c, 4, 2, 1), [BatchNorm2d], LeakyReLU, then Flatten, Linear(b·2^(k−1)·s², outputs)</li>
 * </ul>
 */
public final class DcganNetworkType implements NetworkType {
    /** The config type name, {@value}. */
    public static final String ID = "dcgan";
    private static final int KERNEL = 4;
    private static final int STRIDE = 2;
    private static final int PADDING = 1;
    private static final double INIT_STD = 0.02;

    /** The type; stateless. */
    public DcganNetworkType() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<? extends NetworkConfig> configClass() {
        return DcganNetworkConfig.class;
    }

    @Override
    public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
        DcganNetworkConfig c = NetworkChecks.requireConfig(ID, DcganNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "latent size", latentSize);
        DcganGeometry g = DcganGeometry.of(data);
        int channels = g.deepestChannels(c.baseChannels());
        int s = g.startSide();
        List<Layer> layers = new ArrayList<>();
        layers.add(new Linear(latentSize, channels * s * s, rng));
        layers.add(new Reshape(channels, s, s));
        layers.add(new BatchNorm2d(channels));
        layers.add(new ReLU());
        for (int stage = 1; stage < g.stages(); stage++) {
            layers.add(new ConvTranspose2d(channels, channels / 2, KERNEL, STRIDE, PADDING, 0, false, rng));
            layers.add(new BatchNorm2d(channels / 2));
            layers.add(new ReLU());
            channels /= 2;
        }
        layers.add(new ConvTranspose2d(channels, g.channels(), KERNEL, STRIDE, PADDING, rng));
        layers.add(new Tanh());
        return new Generator(initialised(c, layers, rng), latentSize);
    }

    @Override
    public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        DcganNetworkConfig c = NetworkChecks.requireConfig(ID, DcganNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "number of discriminator outputs", outputs);
        return new Discriminator(downwards(c, data, outputs, rng), outputs);
    }

    @Override
    public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        DcganNetworkConfig c = NetworkChecks.requireConfig(ID, DcganNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "code size", outputs);
        return new Encoder(downwards(c, data, outputs, rng), outputs);
    }

    /** Strided convolutions from the image down to the smallest map, then a linear layer to {@code outputs}. */
    private static Sequential downwards(DcganNetworkConfig c, DataSpec data, int outputs, Rng rng) {
        DcganGeometry g = DcganGeometry.of(data);
        g.deepestChannels(c.baseChannels());
        float slope = c.leakySlope().floatValue();
        boolean batchNorm = c.discriminatorBatchNorm();
        int channels = c.baseChannels();
        List<Layer> layers = new ArrayList<>();
        layers.add(new Conv2d(g.channels(), channels, KERNEL, STRIDE, PADDING, rng));
        layers.add(new LeakyReLU(slope));
        for (int stage = 1; stage < g.stages(); stage++) {
            layers.add(new Conv2d(channels, channels * 2, KERNEL, STRIDE, PADDING, !batchNorm, rng));
            if (batchNorm) {
                layers.add(new BatchNorm2d(channels * 2));
            }
            layers.add(new LeakyReLU(slope));
            channels *= 2;
        }
        layers.add(new Flatten());
        layers.add(new Linear(channels * g.startSide() * g.startSide(), outputs, rng));
        return initialised(c, layers, rng);
    }

    /**
     * The layers in a Sequential, re-initialised as the paper says when the config asks for it:
     * weights N(0, 0.02), batch-norm scales N(1, 0.02), biases 0, drawn in layer order.
     */
    private static Sequential initialised(DcganNetworkConfig c, List<Layer> layers, Rng rng) {
        if (c.init().equals(DcganNetworkConfig.DCGAN_INIT)) {
            for (Layer layer : layers) {
                if (layer instanceof WeightedLayer weighted) {
                    Init.normal(0, INIT_STD).fill(weighted.weight(), rng);
                    if (weighted.bias() != null) {
                        Init.zeros().fill(weighted.bias(), rng);
                    }
                } else if (layer instanceof BatchNorm norm && norm.weight() != null) {
                    Init.normal(1, INIT_STD).fill(norm.weight(), rng);
                    Init.zeros().fill(norm.bias(), rng);
                }
            }
        }
        return new Sequential(layers);
    }

    @Override
    public Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
        DcganNetworkConfig c = NetworkChecks.requireConfig(ID, DcganNetworkConfig.class, config);
        if (request.role() == NetworkRequest.Role.TRANSLATOR) {
            return Optional.empty();
        }
        NetworkChecks.requireSize(ID, request);
        DcganGeometry g = DcganGeometry.of(request.data());
        int deepest = g.deepestChannels(c.baseChannels());
        int s = g.startSide();
        if (request.role() == NetworkRequest.Role.GENERATOR) {
            int channels = deepest;
            SizeSketch sketch = new SizeSketch(request.size()).linear(request.size(), channels * s * s)
                    .reshape(channels, s, s).batchNorm().pointwise("ReLU");
            for (int stage = 1; stage < g.stages(); stage++) {
                sketch.convTranspose(channels, channels / 2, KERNEL, STRIDE, PADDING, 0, false).batchNorm()
                        .pointwise("ReLU");
                channels /= 2;
            }
            sketch.convTranspose(channels, g.channels(), KERNEL, STRIDE, PADDING, 0, true).pointwise("Tanh");
            return Optional.of(sketch.estimate());
        }
        boolean batchNorm = c.discriminatorBatchNorm();
        int channels = c.baseChannels();
        SizeSketch sketch = new SizeSketch(request.data().sampleShape())
                .conv(g.channels(), channels, KERNEL, STRIDE, PADDING, true).pointwise("LeakyReLU");
        for (int stage = 1; stage < g.stages(); stage++) {
            sketch.conv(channels, channels * 2, KERNEL, STRIDE, PADDING, !batchNorm);
            if (batchNorm) {
                sketch.batchNorm();
            }
            sketch.pointwise("LeakyReLU");
            channels *= 2;
        }
        return Optional.of(sketch.flatten().linear(channels * s * s, request.size()).estimate());
    }

    @Override
    public String toString() {
        return ID;
    }
}
