package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;

/**
 * The two benchmark models of {@code shared/bench/torch_gan_bench.py}, layer for layer and shape
 * for shape, with PyTorch's default initialisation drawn from the given generator in layer order.
 * {@code gan4j bench} times them against that script.
 *
 * <p>Both generators take noise [N, {@value #LATENT_SIZE}]. The MLP pair works on flat images
 * [N, 784] in [−1, 1]; the DCGAN pair on [N, 1, 28, 28]. The discriminators output one logit per
 * sample, [N, 1], for {@link Losses#bceWithLogits}.
 */
public final class ReferenceNetworks {
    /** The size of the generators' noise input. */
    public static final int LATENT_SIZE = 100;
    /** The number of pixels of a 28×28 image. */
    public static final int IMAGE_PIXELS = 28 * 28;

    private static final float SLOPE = 0.2f;

    private ReferenceNetworks() {
    }

    /** Linear(100, 256), LeakyReLU(0.2), Linear(256, 512), LeakyReLU(0.2), Linear(512, 784), Tanh. */
    public static Sequential mlpGenerator(Rng rng) {
        return new Sequential(
                new Linear(LATENT_SIZE, 256, rng), new LeakyReLU(SLOPE),
                new Linear(256, 512, rng), new LeakyReLU(SLOPE),
                new Linear(512, IMAGE_PIXELS, rng), new Tanh());
    }

    /** Linear(784, 512), LeakyReLU(0.2), Linear(512, 256), LeakyReLU(0.2), Linear(256, 1). */
    public static Sequential mlpDiscriminator(Rng rng) {
        return new Sequential(
                new Linear(IMAGE_PIXELS, 512, rng), new LeakyReLU(SLOPE),
                new Linear(512, 256, rng), new LeakyReLU(SLOPE),
                new Linear(256, 1, rng));
    }

    /**
     * Linear(100, 128·7·7), Reshape(128, 7, 7), BatchNorm2d(128), ReLU,
     * ConvTranspose2d(128, 64, 4, 2, 1, no bias), BatchNorm2d(64), ReLU,
     * ConvTranspose2d(64, 1, 4, 2, 1), Tanh: noise to [N, 1, 28, 28].
     */
    public static Sequential dcganGenerator(Rng rng) {
        return new Sequential(
                new Linear(LATENT_SIZE, 128 * 7 * 7, rng), new Reshape(128, 7, 7), new BatchNorm2d(128), new ReLU(),
                new ConvTranspose2d(128, 64, 4, 2, 1, 0, false, rng), new BatchNorm2d(64), new ReLU(),
                new ConvTranspose2d(64, 1, 4, 2, 1, rng), new Tanh());
    }

    /**
     * Conv2d(1, 64, 4, 2, 1), LeakyReLU(0.2), Conv2d(64, 128, 4, 2, 1, no bias), BatchNorm2d(128),
     * LeakyReLU(0.2), Flatten, Linear(128·7·7, 1): [N, 1, 28, 28] to [N, 1].
     */
    public static Sequential dcganDiscriminator(Rng rng) {
        return new Sequential(
                new Conv2d(1, 64, 4, 2, 1, rng), new LeakyReLU(SLOPE),
                new Conv2d(64, 128, 4, 2, 1, false, rng), new BatchNorm2d(128), new LeakyReLU(SLOPE),
                new Flatten(), new Linear(128 * 7 * 7, 1, rng));
    }
}
