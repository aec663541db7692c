package dev.gan4j.core.data;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * How gan4j turns a decoded image into the values a model takes: decoding with
 * {@code javax.imageio}, grey or RGB by the channels the model takes, a centred square resampled
 * to the model's side, and pixels scaled to [−1, 1]. The image-folder dataset, {@code gan4j
 * translate} and the Spark translation all read images through here, so a picture gives the same
 * values whichever of them reads it.
 *
 * <p>Grayscale images are read from their raster rather than through {@code getRGB}, which would
 * pass them through a colour-space conversion and change their values; RGB conversion to grey
 * uses the ITU-R BT.601 luma weights (0.299, 0.587, 0.114). Alpha is ignored.
 */
public final class ImagePixels {
    private ImagePixels() {
    }

    /**
     * The image in {@code file}.
     *
     * @throws IOException naming the file when it is not a PNG or JPEG that can be decoded
     */
    public static BufferedImage decode(Path file) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException("The image " + file + " cannot be read (" + e.getMessage() + "); replace or remove "
                    + "the file.", e);
        }
        return decoded(image, file.toString());
    }

    /**
     * The image encoded in {@code bytes} (the content of a PNG or JPEG file).
     *
     * @param origin where the bytes come from (a path), for the message
     * @throws IOException naming {@code origin} when the bytes are not a PNG or JPEG that can be decoded
     */
    public static BufferedImage decode(byte[] bytes, String origin) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IOException("The image " + origin + " cannot be read (" + e.getMessage() + "); replace or remove "
                    + "the file.", e);
        }
        return decoded(image, origin);
    }

    private static BufferedImage decoded(BufferedImage image, String origin) throws IOException {
        if (image == null) {
            throw new IOException("The image " + origin + " cannot be read: it is not a PNG or JPEG image that "
                    + "javax.imageio can decode; replace or remove the file.");
        }
        return image;
    }

    /** The image's values in [0, 1] as [channels, height, width] (1 channel: grey; 3: RGB). */
    public static float[] unitPixels(BufferedImage image, int channels) {
        int h = image.getHeight();
        int w = image.getWidth();
        int plane = h * w;
        float[] out = new float[channels * plane];
        Raster raster = image.getRaster();
        boolean gray = raster.getNumBands() <= 2 && !(image.getColorModel() instanceof IndexColorModel);
        if (gray) {
            float max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float v = raster.getSample(x, y, 0) / max;
                    for (int c = 0; c < channels; c++) {
                        out[c * plane + y * w + x] = v;
                    }
                }
            }
            return out;
        }
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < plane; i++) {
            float r = ((argb[i] >> 16) & 0xFF) / 255f;
            float g = ((argb[i] >> 8) & 0xFF) / 255f;
            float b = (argb[i] & 0xFF) / 255f;
            if (channels == 1) {
                out[i] = 0.299f * r + 0.587f * g + 0.114f * b;
            } else {
                out[i] = r;
                out[plane + i] = g;
                out[2 * plane + i] = b;
            }
        }
        return out;
    }

    /**
     * The image as a model input [channels, side, side] in [−1, 1]: its centred square resampled
     * to {@code side} (as the image-folder dataset does with {@code data.size}), or as it is when it
     * already has that size.
     */
    public static float[] modelInput(BufferedImage image, int channels, int side) {
        float[] unit = ImageResampler.squareResize(unitPixels(image, channels), channels, image.getHeight(),
                image.getWidth(), side);
        toModelRange(unit);
        return unit;
    }

    /** Scales values in [0, 1] to [−1, 1] in place. */
    static void toModelRange(float[] values) {
        for (int k = 0; k < values.length; k++) {
            values[k] = values[k] * 2f - 1f;
        }
    }
}
