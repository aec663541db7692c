package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Tensor;

/**
 * Integer translation of each image of an NCHW batch by its own offset, with zeros shifted in:
 * the translation of differentiable augmentation (Zhao et al., 2020). The op is linear and its
 * adjoint is the translation by the opposite offsets, so the backward rule is the op itself.
 */
public final class TranslateOps {
    private TranslateOps() {
    }

    /**
     * Moves image {@code n} of {@code x} [N, C, H, W] down by {@code rows[n]} and right by
     * {@code cols[n]} pixels (negative values move up and left); pixels moved out are dropped and
     * the uncovered ones are 0.
     *
     * @throws IllegalArgumentException when {@code x} is not 4-D or the offsets do not give one
     *                                  row and one column offset per image
     */
    public static Tensor translate2d(Tensor x, int[] rows, int[] cols) {
        if (x.rank() != 4) {
            throw new IllegalArgumentException("translate2d needs an NCHW image batch, but the input has shape "
                    + x.shape() + ".");
        }
        int n = x.dim(0);
        if (rows.length != n || cols.length != n) {
            throw new IllegalArgumentException("translate2d needs one row and one column offset per image: the batch "
                    + x.shape() + " has " + n + " images, but " + rows.length + " row and " + cols.length
                    + " column offsets were given.");
        }
        int channels = x.dim(1);
        int h = x.dim(2);
        int w = x.dim(3);
        float[] src = x.data();
        float[] dst = new float[src.length];
        for (int img = 0; img < n; img++) {
            int dy = rows[img];
            int dx = cols[img];
            int firstCol = Math.max(0, dx);
            int lastCol = Math.min(w, w + dx);
            if (firstCol >= lastCol) {
                continue;
            }
            for (int c = 0; c < channels; c++) {
                int plane = (img * channels + c) * h * w;
                for (int i = Math.max(0, dy); i < Math.min(h, h + dy); i++) {
                    System.arraycopy(src, plane + (i - dy) * w + firstCol - dx, dst, plane + i * w + firstCol,
                            lastCol - firstCol);
                }
            }
        }
        int[] backRows = negated(rows);
        int[] backCols = negated(cols);
        return GradNode.result("translate2d", dst, x.shape(),
                (g, y, needed) -> new Tensor[] {translate2d(g, backRows, backCols)}, x);
    }

    private static int[] negated(int[] offsets) {
        int[] out = new int[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            out[i] = -offsets[i];
        }
        return out;
    }
}
