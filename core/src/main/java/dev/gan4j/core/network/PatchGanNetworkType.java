package dev.gan4j.core.network;

import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Sequential;
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
 * The PatchGAN discriminator of CycleGAN and pix2pix ({@code "patchgan"}): n strided 4×4
 * convolutions (b, 2b, 4b, ... up to 8b channels; norm after all but the first; leaky relu 0.2),
 * a 4×4 stride-1 convolution, norm and leaky relu, and a 4×4 stride-1 convolution to the score
 * channels. Each score judges one patch of the image; the map [N, outputs, h, w] is flattened, so
 * the {@link Discriminator} gives [N, outputs·h·w] and a loss averages over the patches as the
 * official code does. The encoder is the same body without the last convolution, flattened, then a
 * linear layer to the code. It builds no generator.
 */
public final class PatchGanNetworkType implements NetworkType {
    /** The config type name, {@value}. */
    public static final String ID = "patchgan";
    private static final float SLOPE = 0.2f;

    /** The type; stateless. */
    public PatchGanNetworkType() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<? extends NetworkConfig> configClass() {
        return PatchGanNetworkConfig.class;
    }

    @Override
    public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
        throw new IllegalArgumentException("The patchgan network type builds discriminators and encoders only; for a "
                + "generator use \"dcgan\" or \"mlp\", for a translator \"resnet\" or \"unet\".");
    }

    @Override
    public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        PatchGanNetworkConfig c = NetworkChecks.requireConfig(ID, PatchGanNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "number of score channels", outputs);
        int[] shape = TranslationInit.squareImage(ID, data);
        Body body = body(c, data, shape, rng);
        List<Layer> layers = body.layers;
        layers.add(new Conv2d(body.channels, outputs, 4, 1, 1, rng));
        layers.add(new Flatten());
        int map = body.side - 1;
        return new Discriminator(TranslationInit.apply(new Sequential(layers), rng), outputs * map * map);
    }

    @Override
    public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        PatchGanNetworkConfig c = NetworkChecks.requireConfig(ID, PatchGanNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "code size", outputs);
        int[] shape = TranslationInit.squareImage(ID, data);
        Body body = body(c, data, shape, rng);
        List<Layer> layers = body.layers;
        layers.add(new Flatten());
        layers.add(new Linear(body.channels * body.side * body.side, outputs, rng));
        return new Encoder(TranslationInit.apply(new Sequential(layers), rng), outputs);
    }

    /** The layers up to the last leaky relu, with their output channels and side. */
    private record Body(List<Layer> layers, int channels, int side) {
    }

    private static Body body(PatchGanNetworkConfig c, DataSpec data, int[] shape, Rng rng) {
        int n = checkedLayers(c, data, shape);
        int after = shape[1] >> n;
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        List<Layer> layers = new ArrayList<>();
        int channels = c.baseChannels();
        layers.add(new Conv2d(shape[0], channels, 4, 2, 1, rng));
        layers.add(new LeakyReLU(SLOPE));
        for (int i = 1; i <= n; i++) {
            int next = c.baseChannels() * Math.min(1 << i, 8);
            layers.add(new Conv2d(channels, next, 4, i < n ? 2 : 1, 1, norm.convBias(), rng));
            layers.add(norm.layer(next));
            layers.add(new LeakyReLU(SLOPE));
            channels = next;
        }
        return new Body(layers, channels, after - 1);
    }

    /** The number of stride-2 layers, or a sentence when they shrink the images too far. */
    private static int checkedLayers(PatchGanNetworkConfig c, DataSpec data, int[] shape) {
        int n = c.layersFor(shape[1]);
        int after = shape[1] >> n;
        if (after < 3) {
            throw new IllegalArgumentException("The patchgan network's " + n + " stride-2 layers shrink the data "
                    + data.name() + "'s " + shape[1] + "×" + shape[2] + " images to " + after + "×" + after
                    + ", but the two 4×4 convolutions after them need at least 3×3; lower layers to "
                    + Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, shape[1] / 3))) + " or use larger images.");
        }
        return n;
    }

    @Override
    public Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
        PatchGanNetworkConfig c = NetworkChecks.requireConfig(ID, PatchGanNetworkConfig.class, config);
        if (request.role() != NetworkRequest.Role.DISCRIMINATOR && request.role() != NetworkRequest.Role.ENCODER) {
            return Optional.empty();
        }
        NetworkChecks.requirePositive(ID, request.role() == NetworkRequest.Role.ENCODER ? "code size"
                : "number of score channels", request.size());
        int[] shape = TranslationInit.squareImage(ID, request.data());
        int n = checkedLayers(c, request.data(), shape);
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        int channels = c.baseChannels();
        SizeSketch sketch = new SizeSketch(shape).conv(shape[0], channels, 4, 2, 1, true).pointwise("LeakyReLU");
        for (int i = 1; i <= n; i++) {
            int next = c.baseChannels() * Math.min(1 << i, 8);
            sketch.conv(channels, next, 4, i < n ? 2 : 1, 1, norm.convBias()).norm(norm).pointwise("LeakyReLU");
            channels = next;
        }
        if (request.role() == NetworkRequest.Role.DISCRIMINATOR) {
            sketch.conv(channels, request.size(), 4, 1, 1, true).flatten();
        } else {
            int[] body = sketch.shape();
            sketch.flatten().linear(channels * body[1] * body[2], request.size());
        }
        return Optional.of(sketch.estimate());
    }

    @Override
    public String toString() {
        return ID;
    }
}
