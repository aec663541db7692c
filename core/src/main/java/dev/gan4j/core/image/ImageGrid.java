package dev.gan4j.core.image;

import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Lays out a batch of images [N, C, H, W] with values in [−1, 1] as one picture: a square grid
 * (⌈√N⌉ columns, as many rows as needed), each image framed by a 1-pixel gray border. One
 * channel gives a grayscale picture, three an RGB one. A value v becomes the byte
 * {@code round((v + 1) · 127.5)}, clamped to [0, 255]; NaN becomes 0.
 */
public final class ImageGrid {
    /** The gray of the borders, visible on both dark and light images. */
    static final int BORDER = 128;

    private ImageGrid() {
    }

    /** The number of columns of a grid of {@code n} images: ⌈√n⌉. */
    public static int columns(int n) {
        int c = (int) Math.ceil(Math.sqrt(n));
        return Math.max(c, 1);
    }

    /**
     * Renders the images as a grid.
     *
     * @param images [N, C, H, W], C = 1 or 3, values in [−1, 1]
     * @return a picture of {@code cols · (W + 1) + 1} by {@code rows · (H + 1) + 1} pixels
     */
    public static BufferedImage render(Tensor images) {
        return render(images, images.rank() == 4 ? columns(images.dim(0)) : 1);
    }

    /**
     * Renders the images as a grid of {@code cols} columns, filled row by row (translation
     * triplets: input, translated, reconstructed side by side).
     *
     * @param images [N, C, H, W], C = 1 or 3, values in [−1, 1]
     */
    public static BufferedImage render(Tensor images, int cols) {
        if (cols < 1) {
            throw new IllegalArgumentException("A sample grid needs at least one column, but was asked for " + cols + ".");
        }
        if (images.rank() != 4 || (images.dim(1) != 1 && images.dim(1) != 3) || images.dim(0) == 0) {
            throw new IllegalArgumentException("A sample grid takes images of shape [N, C, H, W] with N at least 1 "
                    + "and C = 1 (grayscale) or 3 (RGB), but got " + images.shape() + ".");
        }
        int n = images.dim(0);
        int channels = images.dim(1);
        int h = images.dim(2);
        int w = images.dim(3);
        int rows = (n + cols - 1) / cols;
        int width = cols * (w + 1) + 1;
        int height = rows * (h + 1) + 1;
        BufferedImage picture = new BufferedImage(width, height,
                channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        WritableRaster raster = picture.getRaster();
        int bands = raster.getNumBands();
        int[] border = new int[bands];
        java.util.Arrays.fill(border, BORDER);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, border);
            }
        }
        float[] values = images.data();
        int[] pixel = new int[bands];
        int plane = h * w;
        for (int i = 0; i < n; i++) {
            int left = (i % cols) * (w + 1) + 1;
            int top = (i / cols) * (h + 1) + 1;
            int base = i * channels * plane;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int c = 0; c < bands; c++) {
                        pixel[c] = toByte(values[base + c * plane + y * w + x]);
                    }
                    raster.setPixel(left + x, top + y, pixel);
                }
            }
        }
        return picture;
    }

    /**
     * One image as a picture of exactly its own size, without borders: what a translated image is
     * saved as.
     *
     * @param image [1, C, H, W], C = 1 or 3, values in [−1, 1]
     */
    public static BufferedImage renderOne(Tensor image) {
        if (image.rank() != 4 || image.dim(0) != 1 || (image.dim(1) != 1 && image.dim(1) != 3)) {
            throw new IllegalArgumentException("One image is [1, C, H, W] with C = 1 or 3, but got " + image.shape()
                    + ".");
        }
        int channels = image.dim(1);
        int h = image.dim(2);
        int w = image.dim(3);
        BufferedImage picture = new BufferedImage(w, h,
                channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        WritableRaster raster = picture.getRaster();
        float[] values = image.data();
        int[] pixel = new int[channels];
        int plane = h * w;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < channels; c++) {
                    pixel[c] = toByte(values[c * plane + y * w + x]);
                }
                raster.setPixel(x, y, pixel);
            }
        }
        return picture;
    }

    /** Maps [−1, 1] to [0, 255], rounding and clamping; NaN to 0. */
    static int toByte(float v) {
        if (Float.isNaN(v)) {
            return 0;
        }
        long b = Math.round((v + 1.0) * 127.5);
        return (int) Math.max(0, Math.min(255, b));
    }
}
