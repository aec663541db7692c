package dev.gan4j.core.data;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;

/**
 * Brings the images of one domain to a common shape: resized to a square side and converted to a
 * channel count (grey to RGB by repeating the plane, RGB to grey by ITU-R BT.601 luma), so two
 * domains of different image folders can be translated between.
 */
final class DomainImages {
    private static final float[] LUMA = {0.299f, 0.587f, 0.114f};

    private DomainImages() {
    }

    /**
     * The domain's images at {@code side} × {@code side} (or their own size when null) with
     * {@code channels} channels (or their own when null).
     *
     * @param domain the domain's name, for messages
     */
    static Dataset reshape(String domain, Dataset data, Integer side, Integer channels) {
        if (side == null && channels == null) {
            return data;
        }
        DataSpec spec = data.spec();
        if (!spec.isImage() || !(data instanceof InMemoryDataset images)) {
            throw new IllegalArgumentException("data.size and data.channels resize the images of every domain, but "
                    + "domain " + domain + " (" + data.description() + ") holds samples of shape "
                    + Arrays.toString(spec.sampleShape()) + ", not images [C, H, W] held in memory.");
        }
        int[] shape = spec.sampleShape();
        int c = shape[0];
        int toChannels = channels == null ? c : channels;
        if (c != toChannels && c != 1 && c != 3) {
            throw new IllegalArgumentException("Domain " + domain + " has images of " + c + " channels, which cannot "
                    + "be converted to " + toChannels + "; only 1 (grey) and 3 (RGB) convert.");
        }
        int toSide = side == null ? shape[1] : side;
        if (side == null && shape[1] != shape[2]) {
            throw new IllegalArgumentException("Domain " + domain + " has images of " + shape[1] + "×" + shape[2]
                    + "; give data.size to make them square.");
        }
        int n = images.size();
        int inSize = c * shape[1] * shape[2];
        int outSize = toChannels * toSide * toSide;
        float[] source = images.examples().data();
        float[] out = new float[n * outSize];
        for (int i = 0; i < n; i++) {
            float[] one = Arrays.copyOfRange(source, i * inSize, (i + 1) * inSize);
            float[] sized = shape[1] == toSide && shape[2] == toSide ? one
                    : ImageResampler.squareResize(one, c, shape[1], shape[2], toSide);
            System.arraycopy(convert(sized, c, toChannels, toSide * toSide), 0, out, i * outSize, outSize);
        }
        DataSpec reshaped = new DataSpec(spec.name(), new int[] {toChannels, toSide, toSide}, spec.classes());
        return new InMemoryDataset(reshaped, data.description() + ", as " + toChannels + "×" + toSide + "×" + toSide,
                Tensor.of(out, n, toChannels, toSide, toSide), images.labels());
    }

    private static float[] convert(float[] image, int from, int to, int pixels) {
        if (from == to) {
            return image;
        }
        float[] out = new float[to * pixels];
        if (from == 1) {
            for (int c = 0; c < to; c++) {
                System.arraycopy(image, 0, out, c * pixels, pixels);
            }
            return out;
        }
        for (int p = 0; p < pixels; p++) {
            out[p] = LUMA[0] * image[p] + LUMA[1] * image[pixels + p] + LUMA[2] * image[2 * pixels + p];
        }
        return out;
    }
}
