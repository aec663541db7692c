package dev.gan4j.core.augment;

import dev.gan4j.core.autograd.TranslateOps;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * The transforms of an {@link AugmentConfig}, applied to an image batch [N, C, H, W] with fresh
 * random draws per image: every step is differentiable with respect to the images (the random
 * factors, shifts and masks are constants), so a generator learns through them. The draws come
 * from the given generator in a fixed order (transform by transform, image by image), so the same
 * seed gives the same augmented batch.
 */
public final class DifferentiableAugmentation {
    private final AugmentConfig config;

    /** The augmentation of {@code config}. */
    public DifferentiableAugmentation(AugmentConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The settings. */
    public AugmentConfig config() {
        return config;
    }

    /**
     * Checks that the data can be augmented: images [C, H, W] per sample, each side at least 2.
     *
     * @param sampleShape the shape of one sample, without the batch axis
     * @throws IllegalArgumentException naming {@code field} when the samples are not images
     */
    public static void requireImages(int[] sampleShape, String field) {
        if (sampleShape.length != 3 || sampleShape[1] < 2 || sampleShape[2] < 2) {
            throw new IllegalArgumentException(field + " augments images [C, H, W], but a sample of this data has shape "
                    + java.util.Arrays.toString(sampleShape) + "; remove \"augment\" for data that are not images.");
        }
    }

    /** The augmented batch, drawing its random transforms from {@code rng}. */
    public Tensor apply(Tensor images, Rng rng) {
        if (images.rank() != 4) {
            throw new IllegalArgumentException("Differentiable augmentation needs an image batch [N, C, H, W], but got "
                    + images.shape() + ".");
        }
        Tensor out = images;
        for (String transform : config.policy()) {
            out = switch (transform) {
                case AugmentConfig.COLOR -> color(out, rng);
                case AugmentConfig.TRANSLATION -> translation(out, rng);
                case AugmentConfig.CUTOUT -> cutout(out, rng);
                default -> throw new IllegalStateException("AugmentConfig admitted an unknown transform " + transform + ".");
            };
        }
        return out;
    }

    /** Brightness (add U[-0.5, 0.5)), saturation (scale the distance to the channel mean by U[0, 2)), contrast (scale the distance to the image mean by U[0.5, 1.5)). */
    private static Tensor color(Tensor x, Rng rng) {
        int n = x.dim(0);
        Tensor out = x.add(perImage(rng, n, -0.5, 0.5));
        Tensor saturation = perImage(rng, n, 0, 2);
        if (x.dim(1) > 1) {
            Tensor channelMean = out.mean(new int[] {1}, true);
            out = out.sub(channelMean).mul(saturation).add(channelMean);
        }
        Tensor imageMean = out.mean(new int[] {1, 2, 3}, true);
        return out.sub(imageMean).mul(perImage(rng, n, 0.5, 1.5)).add(imageMean);
    }

    private static Tensor perImage(Rng rng, int n, double low, double high) {
        float[] values = new float[n];
        rng.fillUniform(values, low, high);
        return Tensor.of(values, n, 1, 1, 1);
    }

    /** Shifts each image by whole pixels, up to the configured fraction of each side either way. */
    private Tensor translation(Tensor x, Rng rng) {
        int n = x.dim(0);
        int maxRows = (int) (x.dim(2) * config.translation() + 0.5);
        int maxCols = (int) (x.dim(3) * config.translation() + 0.5);
        int[] rows = new int[n];
        int[] cols = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = rng.nextInt(2 * maxRows + 1) - maxRows;
            cols[i] = rng.nextInt(2 * maxCols + 1) - maxCols;
        }
        return TranslateOps.translate2d(x, rows, cols);
    }

    /** Sets one square per image to 0; its centre is uniform over the image, so it may be cut by the border. */
    private Tensor cutout(Tensor x, Rng rng) {
        int n = x.dim(0);
        int channels = x.dim(1);
        int h = x.dim(2);
        int w = x.dim(3);
        int boxRows = (int) (h * config.cutout() + 0.5);
        int boxCols = (int) (w * config.cutout() + 0.5);
        float[] mask = new float[x.size()];
        java.util.Arrays.fill(mask, 1f);
        for (int img = 0; img < n; img++) {
            int top = rng.nextInt(h + 1 - boxRows % 2) - boxRows / 2;
            int left = rng.nextInt(w + 1 - boxCols % 2) - boxCols / 2;
            for (int c = 0; c < channels; c++) {
                int plane = (img * channels + c) * h * w;
                for (int i = Math.max(0, top); i < Math.min(h, top + boxRows); i++) {
                    for (int j = Math.max(0, left); j < Math.min(w, left + boxCols); j++) {
                        mask[plane + i * w + j] = 0f;
                    }
                }
            }
        }
        return x.mul(Tensor.of(mask, x.shape()));
    }
}
