package dev.gan4j.core.data;

/**
 * Crops an image to its centred square and resamples it to a given side with a separable
 * triangle (bilinear) filter whose support widens with the reduction factor, so that shrinking
 * averages every source pixel instead of skipping most of them (antialiasing, as image libraries
 * do for downscaling), and enlarging interpolates bilinearly.
 */
final class ImageResampler {
    private ImageResampler() {
    }

    /**
     * Resamples {@code source} ([channels, height, width], row-major) to [channels, side, side],
     * after cropping the longer dimension to the centred square.
     */
    static float[] squareResize(float[] source, int channels, int height, int width, int side) {
        int square = Math.min(height, width);
        int top = (height - square) / 2;
        int left = (width - square) / 2;
        if (square == side) {
            return crop(source, channels, height, width, top, left, side);
        }
        Filter filter = new Filter(square, side);
        float[] rows = new float[channels * square * side];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < square; y++) {
                int sourceRow = (c * height + top + y) * width + left;
                int targetRow = (c * square + y) * side;
                for (int x = 0; x < side; x++) {
                    rows[targetRow + x] = filter.apply(source, sourceRow, 1, x);
                }
            }
        }
        float[] out = new float[channels * side * side];
        for (int c = 0; c < channels; c++) {
            for (int x = 0; x < side; x++) {
                int column = c * square * side + x;
                for (int y = 0; y < side; y++) {
                    out[(c * side + y) * side + x] = filter.apply(rows, column, side, y);
                }
            }
        }
        return out;
    }

    private static float[] crop(float[] source, int channels, int height, int width, int top, int left, int side) {
        float[] out = new float[channels * side * side];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < side; y++) {
                System.arraycopy(source, (c * height + top + y) * width + left, out, (c * side + y) * side, side);
            }
        }
        return out;
    }

    /** The weights of each output position over the input positions, for one axis. */
    private static final class Filter {
        private final int[] first;
        private final float[][] weights;

        Filter(int inputSize, int outputSize) {
            double scale = (double) inputSize / outputSize;
            double support = Math.max(scale, 1.0);
            first = new int[outputSize];
            weights = new float[outputSize][];
            for (int i = 0; i < outputSize; i++) {
                double centre = (i + 0.5) * scale;
                int from = Math.max(0, (int) Math.floor(centre - support));
                int to = Math.min(inputSize - 1, (int) Math.ceil(centre + support));
                double[] w = new double[to - from + 1];
                double total = 0;
                for (int j = from; j <= to; j++) {
                    double distance = Math.abs(j + 0.5 - centre) / support;
                    double value = Math.max(0, 1 - distance);
                    w[j - from] = value;
                    total += value;
                }
                weights[i] = new float[w.length];
                for (int j = 0; j < w.length; j++) {
                    weights[i][j] = (float) (w[j] / total);
                }
                first[i] = from;
            }
        }

        /** The filtered value at output {@code index} of the line starting at {@code offset} with {@code stride}. */
        float apply(float[] line, int offset, int stride, int index) {
            float[] w = weights[index];
            int at = offset + first[index] * stride;
            float sum = 0;
            for (int j = 0; j < w.length; j++) {
                sum += w[j] * line[at + j * stride];
            }
            return sum;
        }
    }
}
