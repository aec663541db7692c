package dev.gan4j.core.network;

import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.ReflectionPad2d;
import dev.gan4j.core.nn.ResidualBlock;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One encoder and one decoder per domain around a common spatial latent code [C, H/2^d, W/2^d],
 * where the encoders' last {@code shared} residual blocks are one {@link Sequential} object held
 * by every encoder (the shared tail) and the decoders' first {@code shared} blocks one object held
 * by every decoder (the shared head), as in UNIT and CoGAN. Sharing is real: each shared
 * {@link dev.gan4j.core.nn.Parameter} is one tensor, so a system that lists both networks updates
 * and stores it once.
 *
 * <p>Encoder of a domain: c7s1-b (reflection pad 3, 7×7 conv, norm, relu), d stride-2 3×3 convs
 * (norm, relu) doubling the channels, then its residual blocks, the last {@code shared} of them
 * the shared tail. Decoder: the shared head's blocks then its own, d stride-2 3×3 transposed convs
 * (output padding 1, norm, relu) halving the channels, c7s1-C (reflection pad 3, 7×7 conv) and
 * tanh. Built in this order from the generator: each domain's own encoder layers, the shared tail,
 * the shared head, each domain's own decoder layers; weights as the official CycleGAN/UNIT code
 * draws them (N(0, 0.02), biases 0).
 *
 * @param encoders    each domain's encoder, images to latent codes, in the domains' order
 * @param decoders    each domain's decoder, latent codes to images
 * @param latentShape the shape of one latent code, [C, H', W']
 */
public record SharedLatentNetworks(Map<String, Layer> encoders, Map<String, Layer> decoders, int[] latentShape) {
    /** Copies the maps and the shape so the record stays immutable. */
    public SharedLatentNetworks {
        encoders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(encoders));
        decoders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decoders));
        latentShape = latentShape.clone();
    }

    /** The shape of one latent code [C, H', W'] (a copy). */
    @Override
    public int[] latentShape() {
        return latentShape.clone();
    }

    /**
     * The networks for the given domains, all of one image size.
     *
     * @param domains the domains' specs by name, in order
     * @param shared  how many residual blocks the encoders share at their end and the decoders at
     *                their start (0 for none)
     * @param field   the config field that set {@code shared}, for the message
     * @throws IllegalArgumentException when {@code shared} is more than the networks' blocks, or the
     *                                  images do not fit (not square, side not a multiple of 2^d,
     *                                  domains of different sizes)
     */
    public static SharedLatentNetworks build(SharedLatentNetworkConfig config, Map<String, DataSpec> domains,
                                             int shared, String field, Rng rng) {
        if (shared < 0 || shared > config.blocks()) {
            throw new IllegalArgumentException(field + " is " + shared + ", but the shared-latent networks have "
                    + config.blocks() + " residual blocks in each encoder and decoder, so at most " + config.blocks()
                    + " can be shared; lower " + field + " or raise the network's blocks.");
        }
        int side = -1;
        for (DataSpec data : domains.values()) {
            int[] shape = checkedShape(config, data);
            if (side >= 0 && shape[1] != side) {
                throw new IllegalArgumentException("The shared-latent networks need every domain's images at one size, "
                        + "but the domain " + data.name() + " has " + shape[1] + "×" + shape[2]
                        + " images and another "
                        + side + "×" + side + "; resize them to one size (data.size).");
            }
            side = shape[1];
        }
        ImageNorm norm = ImageNorm.of(SharedLatentNetworkType.ID, config.norm());
        int latent = config.latentChannels();
        Map<String, List<Layer>> ownEncoders = new LinkedHashMap<>();
        for (Map.Entry<String, DataSpec> d : domains.entrySet()) {
            ownEncoders.put(d.getKey(), TranslationInit.apply(new Sequential(
                    encoderFront(config, norm, d.getValue().sampleShape()[0], config.blocks() - shared, rng)), rng)
                    .layers());
        }
        Sequential tail = shared == 0 ? null
                : TranslationInit.apply(new Sequential(blocks(latent, shared, norm, rng)), rng);
        Sequential head = shared == 0 ? null
                : TranslationInit.apply(new Sequential(blocks(latent, shared, norm, rng)), rng);
        Map<String, Layer> encoders = new LinkedHashMap<>();
        Map<String, Layer> decoders = new LinkedHashMap<>();
        for (Map.Entry<String, DataSpec> d : domains.entrySet()) {
            List<Layer> encoder = new ArrayList<>(ownEncoders.get(d.getKey()));
            if (shared > 0) {
                encoder.add(tail);
            }
            encoders.put(d.getKey(), new Sequential(encoder));
            List<Layer> decoder = new ArrayList<>();
            if (shared > 0) {
                decoder.add(head);
            }
            decoder.addAll(TranslationInit.apply(new Sequential(
                    decoderBack(config, norm, d.getValue().sampleShape()[0], config.blocks() - shared, rng)), rng)
                    .layers());
            decoders.put(d.getKey(), new Sequential(decoder));
        }
        int down = side >> config.downsamplings();
        return new SharedLatentNetworks(encoders, decoders, new int[] {latent, down, down});
    }

    /** c7s1-b, the downsamplings and {@code ownBlocks} residual blocks. */
    /**
     * The size of what {@link #build} makes from the same arguments, without building it: each
     * domain's own encoder front and decoder back, and the shared blocks once. The same checks and
     * sentences as {@link #build}.
     */
    public static NetworkSizeEstimate estimate(SharedLatentNetworkConfig config, Map<String, DataSpec> domains,
                                               int shared, String field) {
        if (shared < 0 || shared > config.blocks()) {
            throw new IllegalArgumentException(field + " is " + shared + ", but the shared-latent networks have "
                    + config.blocks() + " residual blocks in each encoder and decoder, so at most " + config.blocks()
                    + " can be shared; lower " + field + " or raise the network's blocks.");
        }
        ImageNorm norm = ImageNorm.of(SharedLatentNetworkType.ID, config.norm());
        NetworkSizeEstimate total = new NetworkSizeEstimate(List.of());
        int[] latentShape = null;
        for (DataSpec data : domains.values()) {
            SizeSketch encoder = encoderSketch(config, norm, checkedShape(config, data), config.blocks() - shared);
            latentShape = new int[] {config.latentChannels(), encoder.shape()[1], encoder.shape()[2]};
            total = total.plus(encoder.estimate());
        }
        if (shared > 0 && latentShape != null) {
            total = total.plus(blocksSketch(latentShape, shared, norm).estimate())
                    .plus(blocksSketch(latentShape, shared, norm).estimate());
        }
        for (DataSpec data : domains.values()) {
            total = total.plus(decoderSketch(config, norm, latentShape, data.sampleShape()[0],
                    config.blocks() - shared).estimate());
        }
        return total;
    }

    /** The size of one encoder front (no shared blocks) from {@code source} and one decoder back to {@code target}. */
    static NetworkSizeEstimate translatorEstimate(SharedLatentNetworkConfig config, DataSpec source, DataSpec target) {
        ImageNorm norm = ImageNorm.of(SharedLatentNetworkType.ID, config.norm());
        int[] in = checkedShape(config, source);
        checkedShape(config, target);
        SizeSketch encoder = encoderSketch(config, norm, in, config.blocks());
        int[] latent = {config.latentChannels(), encoder.shape()[1], encoder.shape()[2]};
        return encoder.estimate().plus(decoderSketch(config, norm, latent, target.sampleShape()[0], config.blocks())
                .estimate());
    }

    private static SizeSketch encoderSketch(SharedLatentNetworkConfig c, ImageNorm norm, int[] image, int ownBlocks) {
        int channels = c.baseChannels();
        SizeSketch sketch = new SizeSketch(image).pad(3).conv(image[0], channels, 7, 1, 0, norm.convBias()).norm(norm)
                .pointwise("ReLU");
        for (int i = 0; i < c.downsamplings(); i++) {
            sketch.conv(channels, channels * 2, 3, 2, 1, norm.convBias()).norm(norm).pointwise("ReLU");
            channels *= 2;
        }
        for (int b = 0; b < ownBlocks; b++) {
            sketch.residualBlock(norm, norm.convBias());
        }
        return sketch;
    }

    private static SizeSketch decoderSketch(SharedLatentNetworkConfig c, ImageNorm norm, int[] latent,
                                            int imageChannels, int ownBlocks) {
        SizeSketch sketch = blocksSketch(latent, ownBlocks, norm);
        int channels = latent[0];
        for (int i = 0; i < c.downsamplings(); i++) {
            sketch.convTranspose(channels, channels / 2, 3, 2, 1, 1, norm.convBias()).norm(norm).pointwise("ReLU");
            channels /= 2;
        }
        return sketch.pad(3).conv(channels, imageChannels, 7, 1, 0, true).pointwise("Tanh");
    }

    private static SizeSketch blocksSketch(int[] shape, int count, ImageNorm norm) {
        SizeSketch sketch = new SizeSketch(shape);
        for (int b = 0; b < count; b++) {
            sketch.residualBlock(norm, norm.convBias());
        }
        return sketch;
    }

    static List<Layer> encoderFront(SharedLatentNetworkConfig c, ImageNorm norm, int imageChannels, int ownBlocks,
                                    Rng rng) {
        int channels = c.baseChannels();
        List<Layer> layers = new ArrayList<>();
        layers.add(new ReflectionPad2d(3));
        layers.add(new Conv2d(imageChannels, channels, 7, 1, 0, norm.convBias(), rng));
        layers.add(norm.layer(channels));
        layers.add(new ReLU());
        for (int i = 0; i < c.downsamplings(); i++) {
            layers.add(new Conv2d(channels, channels * 2, 3, 2, 1, norm.convBias(), rng));
            layers.add(norm.layer(channels * 2));
            layers.add(new ReLU());
            channels *= 2;
        }
        layers.addAll(blocks(channels, ownBlocks, norm, rng));
        return layers;
    }

    /** {@code ownBlocks} residual blocks, the upsamplings, c7s1-C and tanh. */
    static List<Layer> decoderBack(SharedLatentNetworkConfig c, ImageNorm norm, int imageChannels, int ownBlocks,
                                   Rng rng) {
        int channels = c.latentChannels();
        List<Layer> layers = new ArrayList<>(blocks(channels, ownBlocks, norm, rng));
        for (int i = 0; i < c.downsamplings(); i++) {
            layers.add(new ConvTranspose2d(channels, channels / 2, 3, 2, 1, 1, norm.convBias(), rng));
            layers.add(norm.layer(channels / 2));
            layers.add(new ReLU());
            channels /= 2;
        }
        layers.add(new ReflectionPad2d(3));
        layers.add(new Conv2d(channels, imageChannels, 7, 1, 0, rng));
        layers.add(new Tanh());
        return layers;
    }

    private static List<Layer> blocks(int channels, int count, ImageNorm norm, Rng rng) {
        List<Layer> layers = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            layers.add(new ResidualBlock(channels, norm::layer, norm.convBias(), rng));
        }
        return layers;
    }

    /** A square image whose side is a multiple of 2^downsamplings, at least twice that, or a sentence. */
    static int[] checkedShape(SharedLatentNetworkConfig c, DataSpec data) {
        int[] shape = TranslationInit.squareImage(SharedLatentNetworkType.ID, data);
        int step = 1 << c.downsamplings();
        if (shape[1] % step != 0 || shape[1] / step < 2) {
            throw new IllegalArgumentException("The shared-latent networks halve the image " + c.downsamplings()
                    + " times and double it back, so the side must be a multiple of " + step + " and at least "
                    + 2 * step + ", but the data " + data.name() + " has " + shape[1] + "×" + shape[2]
                    + " images; resize them (data.size) or change downsamplings.");
        }
        return shape;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharedLatentNetworks n && n.encoders.equals(encoders) && n.decoders.equals(decoders)
                && Arrays.equals(n.latentShape, latentShape);
    }

    @Override
    public int hashCode() {
        return encoders.hashCode() * 31 + decoders.hashCode() * 7 + Arrays.hashCode(latentShape);
    }

    @Override
    public String toString() {
        return "SharedLatentNetworks" + encoders.keySet() + " latent " + Arrays.toString(latentShape);
    }
}
