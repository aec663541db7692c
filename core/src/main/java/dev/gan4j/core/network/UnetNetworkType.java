package dev.gan4j.core.network;

import dev.gan4j.core.nn.ConcatSkip;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.ReLU;
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
 * The U-Net translator of pix2pix ({@code "unet"}), for square images whose side 2^k divides (k
 * the levels); b is {@code baseChannels}, level i has b·min(2^i, 8) channels. Each level is a
 * 4×4 stride-2 convolution down (leaky relu 0.2 before it, norm after it, except at the outermost
 * and innermost levels), the next level, and a 4×4 stride-2 transposed convolution up (relu
 * before it, norm after it), whose output is joined to the level's input along the channels
 * ({@link ConcatSkip}) unless {@code skips} is off (DiscoGAN's encoder-decoder); the outermost
 * level ends in tanh. The encoder is the path down, flattened,
 * then a linear layer to the code. Weights are drawn as in the official code (N(0, 0.02)). It
 * builds no generator from noise and no discriminator.
 */
public final class UnetNetworkType implements NetworkType {
    /** The config type name, {@value}. */
    public static final String ID = "unet";
    private static final float SLOPE = 0.2f;

    /** The type; stateless. */
    public UnetNetworkType() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<? extends NetworkConfig> configClass() {
        return UnetNetworkConfig.class;
    }

    @Override
    public boolean buildsTranslators() {
        return true;
    }

    @Override
    public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
        throw new IllegalArgumentException("The unet network type builds image-to-image translators and encoders, "
                + "not generators from noise; for a generator use \"dcgan\" or \"mlp\".");
    }

    @Override
    public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        throw new IllegalArgumentException("The unet network type builds image-to-image translators and encoders, "
                + "not discriminators; for a discriminator use \"patchgan\", \"dcgan\" or \"mlp\".");
    }

    @Override
    public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
        UnetNetworkConfig c = NetworkChecks.requireConfig(ID, UnetNetworkConfig.class, config);
        NetworkChecks.requirePositive(ID, "code size", outputs);
        int[] shape = TranslationInit.squareImage(ID, data);
        int levels = checkedLevels(c, data, shape[1]);
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        List<Layer> layers = new ArrayList<>();
        layers.add(new Conv2d(shape[0], width(c, 0), 4, 2, 1, norm.convBias(), rng));
        for (int i = 1; i < levels; i++) {
            layers.add(new LeakyReLU(SLOPE));
            layers.add(new Conv2d(width(c, i - 1), width(c, i), 4, 2, 1, norm.convBias(), rng));
            if (i < levels - 1) {
                layers.add(norm.layer(width(c, i)));
            }
        }
        layers.add(new LeakyReLU(SLOPE));
        layers.add(new Flatten());
        int side = shape[1] >> levels;
        layers.add(new Linear(width(c, levels - 1) * side * side, outputs, rng));
        return new Encoder(TranslationInit.apply(new Sequential(layers), rng), outputs);
    }

    @Override
    public Translator translator(NetworkConfig config, DataSpec source, DataSpec target, Rng rng) {
        UnetNetworkConfig c = NetworkChecks.requireConfig(ID, UnetNetworkConfig.class, config);
        int[] in = TranslationInit.squareImage(ID, source);
        int[] out = TranslationInit.squareImage(ID, target);
        if (in[1] != out[1]) {
            throw new IllegalArgumentException("The unet translator keeps the image size, but the source "
                    + source.name() + " has " + in[1] + "×" + in[2] + " images and the target " + target.name()
                    + " has " + out[1] + "×" + out[2] + "; resize both domains to one size (data.size).");
        }
        int levels = checkedLevels(c, source, in[1]);
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        Layer inner = null;
        for (int i = levels - 1; i >= 1; i--) {
            int outer = width(c, i - 1);
            int own = width(c, i);
            boolean innermost = inner == null;
            List<Layer> level = new ArrayList<>();
            level.add(new LeakyReLU(SLOPE));
            level.add(new Conv2d(outer, own, 4, 2, 1, norm.convBias(), rng));
            if (!innermost) {
                level.add(norm.layer(own));
                level.add(inner);
            }
            level.add(new ReLU());
            level.add(new ConvTranspose2d(innermost || !c.skips() ? own : 2 * own, outer, 4, 2, 1, 0, norm.convBias(),
                    rng));
            level.add(norm.layer(outer));
            inner = c.skips() ? new ConcatSkip(new Sequential(level)) : new Sequential(level);
        }
        List<Layer> outermost = new ArrayList<>();
        outermost.add(new Conv2d(in[0], width(c, 0), 4, 2, 1, norm.convBias(), rng));
        if (inner != null) {
            outermost.add(inner);
        }
        outermost.add(new ReLU());
        outermost.add(new ConvTranspose2d(inner == null || !c.skips() ? width(c, 0) : 2 * width(c, 0), out[0], 4, 2, 1,
                rng));
        outermost.add(new Tanh());
        Layer network = TranslationInit.apply(new Sequential(outermost), rng);
        return new Translator(InputMixing.prepend(network, in, c.symmetries(), c.mixing(), rng), in, out);
    }

    /** The channels of level i: b·min(2^i, 8). */
    private static int width(UnetNetworkConfig c, int level) {
        return c.baseChannels() * Math.min(1 << Math.min(level, 3), 8);
    }

    private static int checkedLevels(UnetNetworkConfig c, DataSpec data, int side) {
        int levels = c.downsamplingsFor(side);
        if (levels < 1 || levels > 30 || side % (1 << levels) != 0) {
            throw new IllegalArgumentException("The unet network halves the image " + levels + " times, so the side must "
                    + "be a multiple of 2^" + levels + ", but the data " + data.name() + " has " + side + "×" + side
                    + " images; lower downsamplings or resize the images (data.size) to an even side.");
        }
        return levels;
    }

    @Override
    public Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
        UnetNetworkConfig c = NetworkChecks.requireConfig(ID, UnetNetworkConfig.class, config);
        if (request.role() != NetworkRequest.Role.ENCODER && request.role() != NetworkRequest.Role.TRANSLATOR) {
            return Optional.empty();
        }
        NetworkChecks.requireSize(ID, request);
        int[] in = TranslationInit.squareImage(ID, request.data());
        int[] out = TranslationInit.squareImage(ID, request.target());
        int levels = checkedLevels(c, request.data(), in[1]);
        ImageNorm norm = ImageNorm.of(ID, c.norm());
        SizeSketch sketch = new SizeSketch(in);
        if (request.role() == NetworkRequest.Role.TRANSLATOR) {
            InputMixing.sketch(sketch, c.symmetries(), c.mixing());
        }
        sketch.conv(in[0], width(c, 0), 4, 2, 1, norm.convBias());
        if (request.role() == NetworkRequest.Role.ENCODER) {
            for (int i = 1; i < levels; i++) {
                sketch.pointwise("LeakyReLU").conv(width(c, i - 1), width(c, i), 4, 2, 1, norm.convBias());
                if (i < levels - 1) {
                    sketch.norm(norm);
                }
            }
            int side = in[1] >> levels;
            return Optional.of(sketch.pointwise("LeakyReLU").flatten()
                    .linear(width(c, levels - 1) * side * side, request.size()).estimate());
        }
        if (levels > 1) {
            level(c, norm, 1, levels, sketch);
        }
        int channels = sketch.shape()[0];
        return Optional.of(sketch.pointwise("ReLU").convTranspose(channels, out[0], 4, 2, 1, 0, true)
                .pointwise("Tanh").estimate());
    }

    /** Sketches the U-Net level {@code i} (1 is the outermost inner level) and those inside it, onto {@code outer}. */
    private static void level(UnetNetworkConfig c, ImageNorm norm, int i, int levels, SizeSketch outer) {
        int own = width(c, i);
        SizeSketch level = c.skips() ? outer.branch() : outer;
        level.pointwise("LeakyReLU").conv(width(c, i - 1), own, 4, 2, 1, norm.convBias());
        if (i < levels - 1) {
            level.norm(norm);
            level(c, norm, i + 1, levels, level);
        }
        level.pointwise("ReLU").convTranspose(level.shape()[0], width(c, i - 1), 4, 2, 1, 0, norm.convBias())
                .norm(norm);
        if (c.skips()) {
            outer.concatSkip(level);
        }
    }

    @Override
    public String toString() {
        return ID;
    }
}
