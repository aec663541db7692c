package dev.gan4j.core.network;

import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.ReflectionPad2d;
import dev.gan4j.core.nn.ResidualBlock;
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
import dev.gan4j.core.spi.Translator;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CycleGAN's ResNet translator ({@code "resnet"}), for square images whose side is a multiple of 4;
 * b is {@code baseChannels}, n the blocks:
 *
 * <ul>
 *   <li>translator: c7s1-b (reflection pad 3, 7×7 conv, norm, relu), d2b and d4b (3×3 stride-2
 *       convs, norm, relu), n residual blocks of 4b channels (reflection padding, instance norm
 *       as in {@link ResidualBlock}), u2b and ub (3×3 stride-2 transposed convs with output
 *       padding 1, norm, relu), c7s1-C' (reflection pad 3, 7×7 conv) and tanh</li>
 *   <li>encoder: the translator's first half (c7s1-b, d2b, d4b, the n blocks), flattened, then a
 *       linear layer to the code</li>
 * </ul>
 *
 * Weights are drawn as in the official code (N(0, 0.02), biases 0). It builds no generator from
 * noise and no discriminator.
 */
public final class ResnetNetworkType implements NetworkType {
    /** The config type name, {@value}. */
    public static final String ID = "resnet";

    /** The type; stateless. */
    public ResnetNetworkType() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<? extends NetworkConfig> configClass() {
        return ResnetNetworkConfig.class;
    }

    @Override
    public boolean buildsTranslators() {
        return true;
    }

    @Override
    public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
        throw new IllegalArgumentException("The resnet network type builds image-to-image translators and encoders, "
                + "not generators from noise; for a generator use \"dcgan\" or \"mlp\".");
    }

    @Override
    public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        throw new IllegalArgumentException("The resnet network type builds image-to-image translators and encoders, "
                + "not discriminators; for a discriminator use \"patchgan\", \"dcgan\" or \"mlp\".");
    }

    @Override
    public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        ResnetNetworkConfig c = NetworkChecks.requireConfig(ID, ResnetNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "code size", outputs);
        int[] shape = checkedShape(data);
        List<Layer> layers = downwards(c, shape[0], shape[1], rng);
        int side = shape[1] / 4;
        layers.add(new Flatten());
        layers.add(new Linear(4 * c.baseChannels() * side * side, outputs, rng));
        return new Encoder(TranslationInit.apply(new Sequential(layers), rng), outputs);
    }

    @Override
    public Translator translator(NetworkConfig config, DataSpec source, DataSpec target, Rng rng) {
        ResnetNetworkConfig c = NetworkChecks.requireConfig(ID, ResnetNetworkConfig.class, config);
        int[] in = checkedShape(source);
        int[] out = checkedShape(target);
        if (in[1] != out[1]) {
            throw new IllegalArgumentException("The resnet translator keeps the image size, but the source "
                    + source.name() + " has " + in[1] + "×" + in[2] + " images and the target " + target.name() + " has "
                    + out[1] + "×" + out[2] + "; resize both domains to one size (data.size).");
        }
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        List<Layer> layers = downwards(c, in[0], in[1], rng);
        int channels = 4 * c.baseChannels();
        for (int i = 0; i < 2; i++) {
            layers.add(new ConvTranspose2d(channels, channels / 2, 3, 2, 1, 1, norm.convBias(), rng));
            layers.add(norm.layer(channels / 2));
            layers.add(new ReLU());
            channels /= 2;
        }
        layers.add(new ReflectionPad2d(3));
        layers.add(new Conv2d(channels, out[0], 7, 1, 0, rng));
        layers.add(new Tanh());
        Layer network = TranslationInit.apply(new Sequential(layers), rng);
        return new Translator(InputMixing.prepend(network, in, c.symmetries(), c.mixing(), rng), in, out);
    }

    /** c7s1-b, d2b, d4b and the residual blocks. */
    private static List<Layer> downwards(ResnetNetworkConfig c, int imageChannels, int side, Rng rng) {
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        int channels = c.baseChannels();
        List<Layer> layers = new ArrayList<>();
        layers.add(new ReflectionPad2d(3));
        layers.add(new Conv2d(imageChannels, channels, 7, 1, 0, norm.convBias(), rng));
        layers.add(norm.layer(channels));
        layers.add(new ReLU());
        for (int i = 0; i < 2; i++) {
            layers.add(new Conv2d(channels, channels * 2, 3, 2, 1, norm.convBias(), rng));
            layers.add(norm.layer(channels * 2));
            layers.add(new ReLU());
            channels *= 2;
        }
        for (int b = 0; b < c.blocksFor(side); b++) {
            int width = channels;
            layers.add(new ResidualBlock(width, norm::layer, norm.convBias(), rng));
        }
        return layers;
    }

    /** A square image whose side is a multiple of 4 and at least 8, or a sentence. */
    private static int[] checkedShape(DataSpec data) {
        int[] shape = TranslationInit.squareImage(ID, data);
        if (shape[1] % 4 != 0 || shape[1] < 8) {
            throw new IllegalArgumentException("The resnet network type halves the image twice and doubles it back, so "
                    + "the side must be a multiple of 4 and at least 8 (28, 64, 128, 256, ...), but the data "
                    + data.name() + " has " + shape[1] + "×" + shape[2] + " images; resize them (data.size).");
        }
        return shape;
    }

    @Override
    public Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
        ResnetNetworkConfig c = NetworkChecks.requireConfig(ID, ResnetNetworkConfig.class, config);
        if (request.role() != NetworkRequest.Role.ENCODER && request.role() != NetworkRequest.Role.TRANSLATOR) {
            return Optional.empty();
        }
        NetworkChecks.requireSize(ID, request);
        int[] in = checkedShape(request.data());
        int[] out = checkedShape(request.target());
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        SizeSketch sketch = new SizeSketch(in);
        if (request.role() == NetworkRequest.Role.TRANSLATOR) {
            InputMixing.sketch(sketch, c.symmetries(), c.mixing());
        }
        sketch.pad(3).conv(in[0], c.baseChannels(), 7, 1, 0, norm.convBias()).norm(norm).pointwise("ReLU");
        int channels = c.baseChannels();
        for (int i = 0; i < 2; i++) {
            sketch.conv(channels, channels * 2, 3, 2, 1, norm.convBias()).norm(norm).pointwise("ReLU");
            channels *= 2;
        }
        for (int b = 0; b < c.blocksFor(in[1]); b++) {
            sketch.residualBlock(norm, norm.convBias());
        }
        if (request.role() == NetworkRequest.Role.ENCODER) {
            int side = in[1] / 4;
            return Optional.of(sketch.flatten().linear(channels * side * side, request.size()).estimate());
        }
        for (int i = 0; i < 2; i++) {
            sketch.convTranspose(channels, channels / 2, 3, 2, 1, 1, norm.convBias()).norm(norm).pointwise("ReLU");
            channels /= 2;
        }
        return Optional.of(sketch.pad(3).conv(channels, out[0], 7, 1, 0, true).pointwise("Tanh").estimate());
    }

    @Override
    public String toString() {
        return ID;
    }
}
