package dev.gan4j.core.network;

import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coupled GANs' networks (Liu &amp; Tuzel 2016) for N domains of one image size: a generator per
 * domain from the same noise whose first layers are shared objects, a discriminator per domain
 * whose last layers are shared objects, and an encoder per domain from images back to the noise.
 * b is the base channels, s the image side (a multiple of 4):
 *
 * <ul>
 *   <li>generator, three layers: (1) linear to 2b×s/4×s/4, batch norm, relu; (2) 4×4 stride-2
 *       transposed conv to b, batch norm, relu; (3) 4×4 stride-2 transposed conv to C, tanh. The
 *       first {@code sharedGenerator} layers are shared (at most 2: the last one makes the domains
 *       differ).</li>
 *   <li>discriminator, three layers: (1) 4×4 stride-2 conv to b, leaky relu 0.2; (2) 4×4 stride-2
 *       conv to 2b, batch norm, leaky relu; (3) flatten, linear to one score. The last
 *       {@code sharedDiscriminator} layers are shared (at most 2).</li>
 *   <li>encoder (not shared): the discriminator's layout with a linear layer to the noise size.</li>
 * </ul>
 *
 * Built in this order from the generator: shared generator layers, each domain's own generator
 * layers, shared discriminator layers, each domain's own discriminator layers, each encoder;
 * weights N(0, 0.02), norm scales N(1, 0.02), biases 0.
 *
 * @param generators     each domain's generator, noise [N, latent] to images
 * @param discriminators each domain's discriminator, images to [N, 1] raw scores
 * @param encoders       each domain's encoder, images to noise [N, latent]
 */
public record CoupledNetworks(Map<String, Layer> generators, Map<String, Layer> discriminators,
                              Map<String, Layer> encoders) {
    /** The layers of a generator and of a discriminator, the most either may share plus one. */
    public static final int LAYERS = 3;

    /** Copies the maps. */
    public CoupledNetworks {
        generators = Collections.unmodifiableMap(new LinkedHashMap<>(generators));
        discriminators = Collections.unmodifiableMap(new LinkedHashMap<>(discriminators));
        encoders = Collections.unmodifiableMap(new LinkedHashMap<>(encoders));
    }

    /**
     * The coupled networks for the given domains.
     *
     * @param baseChannels        b
     * @param latent              the noise size
     * @param sharedGenerator     the generators' first layers shared (0 to 2)
     * @param sharedDiscriminator the discriminators' last layers shared (0 to 2)
     * @param field               the config's name for the family, for messages ({@code "cogan"})
     * @throws IllegalArgumentException naming the field when more layers are shared than allowed, or
     *                                  naming the data when the images do not fit
     */
    public static CoupledNetworks build(Map<String, DataSpec> domains, int baseChannels, int latent,
                                        int sharedGenerator, int sharedDiscriminator, String field, Rng rng) {
        checkShared(field + ".sharedGeneratorLayers", sharedGenerator, "the last makes each domain's images");
        checkShared(field + ".sharedDiscriminatorLayers", sharedDiscriminator, "the first reads each domain's images");
        int side = -1;
        for (DataSpec data : domains.values()) {
            int[] shape = TranslationInit.squareImage("coupled", data);
            if (shape[1] % 4 != 0 || shape[1] < 8 || (side >= 0 && shape[1] != side)) {
                throw new IllegalArgumentException("Coupled GANs need every domain's images at one side, "
                        + "a multiple of 4 "
                        + "and at least 8, but the data " + data.name() + " has " + shape[1] + "×" + shape[2]
                        + " images; resize them to one such size (data.size).");
            }
            side = shape[1];
        }
        int quarter = side / 4;
        int b = baseChannels;
        List<Layer> sharedG = new ArrayList<>();
        for (int i = 0; i < sharedGenerator; i++) {
            sharedG.add(TranslationInit.apply(generatorLayer(i, b, latent, quarter, 0, rng), rng));
        }
        Map<String, Layer> generators = new LinkedHashMap<>();
        for (Map.Entry<String, DataSpec> d : domains.entrySet()) {
            List<Layer> layers = new ArrayList<>(sharedG);
            for (int i = sharedGenerator; i < LAYERS; i++) {
                layers.add(TranslationInit.apply(generatorLayer(i, b, latent, quarter, d.getValue().sampleShape()[0],
                        rng), rng));
            }
            generators.put(d.getKey(), new Sequential(layers));
        }
        List<Layer> sharedD = new ArrayList<>();
        for (int i = LAYERS - sharedDiscriminator; i < LAYERS; i++) {
            sharedD.add(TranslationInit.apply(criticLayer(i, b, 0, quarter, 1, rng), rng));
        }
        Map<String, Layer> discriminators = new LinkedHashMap<>();
        for (Map.Entry<String, DataSpec> d : domains.entrySet()) {
            List<Layer> layers = new ArrayList<>();
            for (int i = 0; i < LAYERS - sharedDiscriminator; i++) {
                layers.add(TranslationInit.apply(criticLayer(i, b, d.getValue().sampleShape()[0], quarter, 1, rng),
                        rng));
            }
            layers.addAll(sharedD);
            discriminators.put(d.getKey(), new Sequential(layers));
        }
        Map<String, Layer> encoders = new LinkedHashMap<>();
        for (Map.Entry<String, DataSpec> d : domains.entrySet()) {
            List<Layer> layers = new ArrayList<>();
            for (int i = 0; i < LAYERS; i++) {
                layers.add(criticLayer(i, b, d.getValue().sampleShape()[0], quarter, latent, rng));
            }
            encoders.put(d.getKey(), TranslationInit.apply(new Sequential(layers), rng));
        }
        return new CoupledNetworks(generators, discriminators, encoders);
    }

    /**
     * The size of what {@link #build} makes from the same arguments, without building it: each
     * domain's generator, critic and encoder, with the shared layers once. The same checks and
     * sentences as {@link #build}.
     */
    public static NetworkSizeEstimate estimate(Map<String, DataSpec> domains, int baseChannels, int latent,
                                               int sharedGenerator, int sharedDiscriminator, String field) {
        checkShared(field + ".sharedGeneratorLayers", sharedGenerator, "the last makes each domain's images");
        checkShared(field + ".sharedDiscriminatorLayers", sharedDiscriminator, "the first reads each domain's images");
        int side = -1;
        for (DataSpec data : domains.values()) {
            int[] shape = TranslationInit.squareImage("coupled", data);
            if (shape[1] % 4 != 0 || shape[1] < 8 || (side >= 0 && shape[1] != side)) {
                throw new IllegalArgumentException("Coupled GANs need every domain's images at one side, "
                        + "a multiple of 4 "
                        + "and at least 8, but the data " + data.name() + " has " + shape[1] + "×" + shape[2]
                        + " images; resize them to one such size (data.size).");
            }
            side = shape[1];
        }
        int quarter = side / 4;
        int b = baseChannels;
        NetworkSizeEstimate total = new NetworkSizeEstimate(List.of());
        boolean first = true;
        for (DataSpec data : domains.values()) {
            int channels = data.sampleShape()[0];
            SizeSketch generator = new SizeSketch(latent);
            SizeSketch critic = new SizeSketch(data.sampleShape());
            SizeSketch encoder = new SizeSketch(data.sampleShape());
            for (int i = 0; i < LAYERS; i++) {
                SizeSketch g = first || i >= sharedGenerator ? generator : generator.branch();
                switch (i) {
                    case 0 -> g.linear(latent, 2 * b * quarter * quarter).reshape(2 * b, quarter, quarter).batchNorm()
                            .pointwise("ReLU");
                    case 1 -> g.convTranspose(2 * b, b, 4, 2, 1, 0, true).batchNorm().pointwise("ReLU");
                    default -> g.convTranspose(b, channels, 4, 2, 1, 0, true).pointwise("Tanh");
                }
                if (g != generator) {
                    generator.reshape(g.shape());
                }
                SizeSketch d = first || i < LAYERS - sharedDiscriminator ? critic : critic.branch();
                criticLayer(d, i, b, channels, quarter, 1);
                if (d != critic) {
                    critic.reshape(d.shape());
                }
                criticLayer(encoder, i, b, channels, quarter, latent);
            }
            total = total.plus(generator.estimate()).plus(critic.estimate()).plus(encoder.estimate());
            first = false;
        }
        return total;
    }

    private static void criticLayer(SizeSketch sketch, int index, int b, int imageChannels, int quarter, int outputs) {
        switch (index) {
            case 0 -> sketch.conv(imageChannels, b, 4, 2, 1, true).pointwise("LeakyReLU");
            case 1 -> sketch.conv(b, 2 * b, 4, 2, 1, true).batchNorm().pointwise("LeakyReLU");
            default -> sketch.flatten().linear(2 * b * quarter * quarter, outputs);
        }
    }

    private static void checkShared(String field, int shared, String why) {
        if (shared < 0 || shared > LAYERS - 1) {
            throw new IllegalArgumentException(field + " is " + shared + ", but a coupled network has " + LAYERS
                    + " layers and at most " + (LAYERS - 1) + " can be shared (" + why + "); choose 0 to "
                    + (LAYERS - 1) + ".");
        }
    }

    private static Sequential generatorLayer(int index, int b, int latent, int quarter, int imageChannels, Rng rng) {
        return switch (index) {
            case 0 -> new Sequential(new Linear(latent, 2 * b * quarter * quarter, rng),
                    new Reshape(2 * b, quarter, quarter), new BatchNorm2d(2 * b), new ReLU());
            case 1 -> new Sequential(new ConvTranspose2d(2 * b, b, 4, 2, 1, rng), new BatchNorm2d(b), new ReLU());
            default -> new Sequential(new ConvTranspose2d(b, imageChannels, 4, 2, 1, rng), new Tanh());
        };
    }

    private static Sequential criticLayer(int index, int b, int imageChannels, int quarter, int outputs, Rng rng) {
        return switch (index) {
            case 0 -> new Sequential(new Conv2d(imageChannels, b, 4, 2, 1, rng), new LeakyReLU(0.2f));
            case 1 -> new Sequential(new Conv2d(b, 2 * b, 4, 2, 1, rng), new BatchNorm2d(2 * b), new LeakyReLU(0.2f));
            default -> new Sequential(new Flatten(), new Linear(2 * b * quarter * quarter, outputs, rng));
        };
    }
}
