package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;

/**
 * Linear ops on the H and W axes of an NCHW tensor, each paired with its adjoint: reflection
 * padding and its fold, nearest upsampling and block summation. Average pooling is a block sum
 * scaled by the block's area.
 */
public final class SpatialOps {
    private SpatialOps() {
    }

    /** Pads H and W by mirroring the edge (the edge itself is not repeated), as in CycleGAN's generators. */
    public static Tensor reflectionPad2d(Tensor x, int left, int right, int top, int bottom) {
        requireImage(x, "reflectionPad2d");
        int h = x.dim(2);
        int w = x.dim(3);
        if (left < 0 || right < 0 || top < 0 || bottom < 0 || left >= w || right >= w || top >= h || bottom >= h) {
            throw new IllegalArgumentException("Reflection padding (" + left + ", " + right + ", " + top + ", " + bottom
                    + ") does not fit an input of shape " + x.shape() + ": each pad must be non-negative and smaller "
                    + "than the padded dimension.");
        }
        int oh = h + top + bottom;
        int ow = w + left + right;
        int planes = x.dim(0) * x.dim(1);
        float[] src = x.data();
        float[] dst = new float[planes * oh * ow];
        // Row by row: the inside as one copy, the mirrored edges by index, so no element tests bounds.
        for (int p = 0; p < planes; p++) {
            for (int i = 0; i < oh; i++) {
                int from = (p * h + reflect(i - top, h)) * w;
                int to = (p * oh + i) * ow;
                for (int j = 0; j < left; j++) {
                    dst[to + j] = src[from + left - j];
                }
                System.arraycopy(src, from, dst, to + left, w);
                for (int j = 0; j < right; j++) {
                    dst[to + left + w + j] = src[from + w - 2 - j];
                }
            }
        }
        return GradNode.result("reflectionPad2d", dst, Shape.of(x.dim(0), x.dim(1), oh, ow),
                (g, y, needed) -> new Tensor[] {reflectionPad2dAdjoint(g, left, right, top, bottom)}, x);
    }

    /** The adjoint of {@link #reflectionPad2d}: adds each padded value back onto the pixel it mirrors. */
    public static Tensor reflectionPad2dAdjoint(Tensor g, int left, int right, int top, int bottom) {
        requireImage(g, "reflectionPad2dAdjoint");
        int oh = g.dim(2);
        int ow = g.dim(3);
        int h = oh - top - bottom;
        int w = ow - left - right;
        if (left < 0 || right < 0 || top < 0 || bottom < 0 || left >= w || right >= w || top >= h || bottom >= h) {
            throw new IllegalArgumentException("reflectionPad2dAdjoint of shape " + g.shape() + " with padding (" + left
                    + ", " + right + ", " + top + ", " + bottom + ") leaves an image of " + h + "x" + w
                    + ", but each pad must be non-negative and smaller than the unpadded dimension.");
        }
        int planes = g.dim(0) * g.dim(1);
        float[] src = g.data();
        float[] dst = new float[planes * h * w];
        // The same order of sums as going through each padded row left to right: left edge, inside, right edge.
        for (int p = 0; p < planes; p++) {
            for (int i = 0; i < oh; i++) {
                int to = (p * h + reflect(i - top, h)) * w;
                int from = (p * oh + i) * ow;
                for (int j = 0; j < left; j++) {
                    dst[to + left - j] += src[from + j];
                }
                for (int j = 0; j < w; j++) {
                    dst[to + j] += src[from + left + j];
                }
                for (int j = 0; j < right; j++) {
                    dst[to + w - 2 - j] += src[from + left + w + j];
                }
            }
        }
        return GradNode.result("reflectionPad2dAdjoint", dst, Shape.of(g.dim(0), g.dim(1), h, w),
                (gg, y, needed) -> new Tensor[] {reflectionPad2d(gg, left, right, top, bottom)}, g);
    }

    private static int reflect(int i, int size) {
        if (i < 0) {
            return -i;
        }
        return i >= size ? 2 * size - 2 - i : i;
    }

    /** Repeats each pixel {@code factor}×{@code factor} times. */
    public static Tensor upsampleNearest2d(Tensor x, int factor) {
        requireImage(x, "upsampleNearest2d");
        requirePositive(factor, "upsampleNearest2d");
        int h = x.dim(2);
        int w = x.dim(3);
        int oh = h * factor;
        int ow = w * factor;
        int planes = x.dim(0) * x.dim(1);
        float[] src = x.data();
        float[] dst = new float[planes * oh * ow];
        for (int p = 0; p < planes; p++) {
            for (int i = 0; i < oh; i++) {
                int srcRow = (p * h + i / factor) * w;
                int dstRow = (p * oh + i) * ow;
                for (int j = 0; j < ow; j++) {
                    dst[dstRow + j] = src[srcRow + j / factor];
                }
            }
        }
        return GradNode.result("upsampleNearest2d", dst, Shape.of(x.dim(0), x.dim(1), oh, ow),
                (g, y, needed) -> new Tensor[] {blockSum2d(g, factor)}, x);
    }

    /** Sums non-overlapping {@code block}×{@code block} windows (the adjoint of nearest upsampling). */
    public static Tensor blockSum2d(Tensor x, int block) {
        requireImage(x, "blockSum2d");
        requirePositive(block, "blockSum2d");
        int h = x.dim(2);
        int w = x.dim(3);
        if (h % block != 0 || w % block != 0) {
            throw new IllegalArgumentException("Pooling by " + block + " needs H and W divisible by " + block
                    + ", but the input has shape " + x.shape() + ".");
        }
        int oh = h / block;
        int ow = w / block;
        int planes = x.dim(0) * x.dim(1);
        float[] src = x.data();
        float[] dst = new float[planes * oh * ow];
        for (int p = 0; p < planes; p++) {
            for (int i = 0; i < h; i++) {
                int srcRow = (p * h + i) * w;
                int dstRow = (p * oh + i / block) * ow;
                for (int j = 0; j < w; j++) {
                    dst[dstRow + j / block] += src[srcRow + j];
                }
            }
        }
        return GradNode.result("blockSum2d", dst, Shape.of(x.dim(0), x.dim(1), oh, ow),
                (g, y, needed) -> new Tensor[] {upsampleNearest2d(g, block)}, x);
    }

    /** Average pooling over non-overlapping {@code kernel}×{@code kernel} windows (stride = kernel). */
    public static Tensor avgPool2d(Tensor x, int kernel) {
        return blockSum2d(x, kernel).mul(1f / (kernel * kernel));
    }

    private static void requireImage(Tensor x, String op) {
        if (x.rank() != 4) {
            throw new IllegalArgumentException(op + " needs an NCHW tensor of rank 4, but got shape " + x.shape() + ".");
        }
    }

    private static void requirePositive(int factor, String op) {
        if (factor < 1) {
            throw new IllegalArgumentException(op + " needs a factor of 1 or more, but got " + factor + ".");
        }
    }
}
