package dev.gan4j.core.kernel;

import java.util.Arrays;

/**
 * The three passes of a unit-stride convolution with one output channel, computed directly, with no
 * column matrix: each is a sum of shifted input rows scaled by one weight, a loop over an output
 * row that HotSpot vectorises.
 *
 * <p>Why: with one output channel im2col + GEMM is a matrix-vector product over a column matrix
 * kh·kw times the input's size, and OpenBLAS's sgemm runs such m = 1 (or k = 1) products at a small
 * fraction of its speed. The CycleGAN generator's last layer (7×7, 32 → 1 channels, 34×34 padded
 * input, batch 4) took 3.9 ms forward, 5.4 ms input gradient and 3.7 ms weight gradient through
 * im2col + OpenBLAS, of which the GEMMs alone were 2.9, 2.6 and 2.0 ms (one thread, best of seven
 * thread-CPU timings).
 *
 * <p>Each output element is summed by one thread in a fixed order that does not depend on how
 * the work is cut (forward by batch item, input gradient by input plane, weight gradient by input
 * channel), so the results are the same bits on any thread count.
 */
final class SingleChannelConvolution {
    /** Work below this many multiply-adds stays on the calling thread. */
    private static final long SERIAL_MULTIPLY_ADDS = 1L << 16;

    private final WorkerPool pool;

    SingleChannelConvolution(WorkerPool pool) {
        this.pool = pool;
    }

    /** Whether {@code g} is a convolution these kernels compute: one output channel, stride 1. */
    static boolean handles(ConvGeometry g) {
        return g.outChannels() == 1 && g.strideHeight() == 1 && g.strideWidth() == 1;
    }

    /** y = conv(x, w). */
    void forward(ConvGeometry g, float[] x, float[] w, float[] y) {
        Planes l = new Planes(g);
        run(g, g.batch(), (from, to) -> {
            float[] padded = l.buffer();
            float[] wide = new float[l.span];
            float[][] stretches = new float[4][l.span];
            for (int n = from; n < to; n++) {
                Arrays.fill(wide, 0f);
                for (int c = 0; c < l.channels; c++) {
                    int inputPlane = (n * l.channels + c) * l.inPlane;
                    float[] source = l.padding ? l.toPadded(x, inputPlane, padded) : x;
                    int base = l.padding ? 0 : inputPlane;
                    int weights = c * l.taps;
                    for (int t0 = 0; t0 < l.taps; t0 += 4) {
                        int count = Math.min(4, l.taps - t0);
                        for (int t = 0; t < count; t++) {
                            System.arraycopy(source, base + l.shift(t0 + t), stretches[t], 0, l.span);
                        }
                        addScaled(w, weights + t0, count, stretches, wide, l.span);
                    }
                }
                l.narrow(wide, y, n * l.outPlane);
            }
        });
    }

    /**
     * dx = the input gradient for output gradient dy. A padded input element u sums w[tap]·dy at
     * u − shift(tap) over the taps: each tap's term is read from a copy of the widened dy shifted
     * by that tap, so every loop runs over the whole padded plane from index 0.
     */
    void inputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        Planes l = new Planes(g);
        int lead = l.shift(l.taps - 1);
        run(g, g.batch() * l.channels, (from, to) -> {
            float[] padded = new float[l.paddedPlane];
            float[] shifted = new float[lead + l.paddedPlane];
            float[][] stretches = new float[4][l.paddedPlane];
            int widened = -1;
            for (int plane = from; plane < to; plane++) {
                int n = plane / l.channels;
                int c = plane % l.channels;
                if (n != widened) {
                    Arrays.fill(shifted, 0f);
                    for (int i = 0; i < l.outH; i++) {
                        System.arraycopy(dy, n * l.outPlane + i * l.outW, shifted, lead + i * l.rowWidth, l.outW);
                    }
                    widened = n;
                }
                Arrays.fill(padded, 0f);
                int weights = c * l.taps;
                for (int t0 = 0; t0 < l.taps; t0 += 4) {
                    int count = Math.min(4, l.taps - t0);
                    for (int t = 0; t < count; t++) {
                        System.arraycopy(shifted, lead - l.shift(t0 + t), stretches[t], 0, l.paddedPlane);
                    }
                    addScaled(w, weights + t0, count, stretches, padded, l.paddedPlane);
                }
                l.fromPadded(padded, dx, plane * l.inPlane);
            }
        });
    }

    /**
     * dw = the weight gradient for input x and output gradient dy. Each tap's sum is kept in one
     * partial sum per position of a widened output plane (a loop HotSpot vectorises, where a single
     * running sum would not be), and the partial sums are added in a fixed order at the end. One tap
     * at a time over all items, so its partial sums stay in the first-level cache (all taps' partial
     * sums at once, item after item, took 1.26 ms instead of
     * 1.06-1.11 ms for the CycleGAN generator's last layer, one thread, thread CPU time).
     */
    void weightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        Planes l = new Planes(g);
        int batch = g.batch();
        float[][] wide = new float[batch][l.span];
        for (int n = 0; n < batch; n++) {
            l.widen(dy, n * l.outPlane, wide[n]);
        }
        run(g, l.channels, (from, to) -> {
            float[][] padded = new float[batch][];
            for (int n = 0; n < batch; n++) {
                padded[n] = l.buffer();
            }
            float[] stretch = new float[l.span];
            float[] partial = new float[l.span];
            for (int c = from; c < to; c++) {
                for (int n = 0; n < batch; n++) {
                    if (l.padding) {
                        l.toPadded(x, (n * l.channels + c) * l.inPlane, padded[n]);
                    }
                }
                for (int t = 0; t < l.taps; t++) {
                    Arrays.fill(partial, 0f);
                    for (int n = 0; n < batch; n++) {
                        float[] source = l.padding ? padded[n] : x;
                        int base = l.padding ? 0 : (n * l.channels + c) * l.inPlane;
                        System.arraycopy(source, base + l.shift(t), stretch, 0, l.span);
                        multiplyAdd(stretch, wide[n], partial, l.span);
                    }
                    dw[c * l.taps + t] = sum(partial, l.span);
                }
            }
        });
    }

    /** target[j] += Σ_t w[at + t] · stretches[t][j] for j in [0, length), over {@code count} (1 to 4) stretches. */
    private static void addScaled(float[] w, int at, int count, float[][] stretches, float[] target, int length) {
        float[] b0 = stretches[0];
        float w0 = w[at];
        if (count == 4) {
            float[] b1 = stretches[1];
            float[] b2 = stretches[2];
            float[] b3 = stretches[3];
            float w1 = w[at + 1];
            float w2 = w[at + 2];
            float w3 = w[at + 3];
            for (int j = 0; j < length; j++) {
                target[j] += (w0 * b0[j] + w1 * b1[j]) + (w2 * b2[j] + w3 * b3[j]);
            }
            return;
        }
        for (int t = 0; t < count; t++) {
            float[] b = stretches[t];
            float wt = w[at + t];
            for (int j = 0; j < length; j++) {
                target[j] += wt * b[j];
            }
        }
    }

    /** sums[j] += a[j] · b[j] for j in [0, length). */
    private static void multiplyAdd(float[] a, float[] b, float[] sums, int length) {
        for (int j = 0; j < length; j++) {
            sums[j] += a[j] * b[j];
        }
    }

    /** The sum of values[0, length) in eight interleaved running sums added pairwise: a fixed order. */
    private static float sum(float[] values, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        float s4 = 0f;
        float s5 = 0f;
        float s6 = 0f;
        float s7 = 0f;
        int j = 0;
        for (; j + 8 <= length; j += 8) {
            s0 += values[j];
            s1 += values[j + 1];
            s2 += values[j + 2];
            s3 += values[j + 3];
            s4 += values[j + 4];
            s5 += values[j + 5];
            s6 += values[j + 6];
            s7 += values[j + 7];
        }
        for (; j < length; j++) {
            s0 += values[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Runs {@code body} over [0, count) cut into one range per thread, or in one piece when the work is small. */
    private void run(ConvGeometry g, int count, RangeBody body) {
        int parts = g.multiplyAdds() < SERIAL_MULTIPLY_ADDS ? 1 : Math.min(pool.threads(), count);
        if (parts <= 1) {
            body.run(0, count);
            return;
        }
        pool.run(parts, part -> body.run((int) ((long) count * part / parts), (int) ((long) count * (part + 1) / parts)));
    }

    @FunctionalInterface
    private interface RangeBody {
        void run(int from, int to);
    }

    /**
     * The sizes of the loops. Input planes with padding are read and summed through a zero-padded
     * copy. The loops run over a widened output plane, whose rows are as wide as the (padded) input's:
     * for unit stride, tap (p, q) then reads one contiguous stretch of the input plane starting at
     * p·rowWidth + q, so each tap is one long vectorised loop instead of one short loop per output
     * row; the extra kw − 1 columns of each row are computed and dropped (forward) or held at zero
     * (gradients). The stretch is first copied to the start of a scratch array: HotSpot 17 vectorises
     * {@code a[j] += w * b[j]} but not {@code a[j] += w * b[from + j]} (measured: 0.33 against 1.6 ms
     * for 5.7 million multiply-adds), and the copy costs less than the difference.
     */
    private static final class Planes {
        final int channels;
        final int kh;
        final int kw;
        final int inH;
        final int inW;
        final int inPlane;
        final int outH;
        final int outW;
        final int outPlane;
        final int padH;
        final int padW;
        final boolean padding;
        final int rowWidth;
        final int paddedPlane;
        /** Positions of the widened output plane that are read: up to the last real output. */
        final int span;
        final int taps;

        Planes(ConvGeometry g) {
            channels = g.inChannels();
            kh = g.kernelHeight();
            kw = g.kernelWidth();
            inH = g.inHeight();
            inW = g.inWidth();
            inPlane = inH * inW;
            outH = g.outHeight();
            outW = g.outWidth();
            outPlane = outH * outW;
            padH = g.padHeight();
            padW = g.padWidth();
            padding = padH > 0 || padW > 0;
            rowWidth = inW + 2 * padW;
            paddedPlane = (inH + 2 * padH) * rowWidth;
            span = (outH - 1) * rowWidth + outW;
            taps = kh * kw;
        }

        /** Where tap t = p·kw + q reads, in a padded plane, for widened output position 0. */
        int shift(int t) {
            return t / kw * rowWidth + t % kw;
        }

        /** Copies the output rows out of a widened plane into y at {@code offset}. */
        void narrow(float[] wide, float[] y, int offset) {
            for (int i = 0; i < outH; i++) {
                System.arraycopy(wide, i * rowWidth, y, offset + i * outW, outW);
            }
        }

        /** Writes the output plane of dy at {@code offset} into a widened plane, zeros in the extra columns. */
        void widen(float[] dy, int offset, float[] wide) {
            Arrays.fill(wide, 0f);
            for (int i = 0; i < outH; i++) {
                System.arraycopy(dy, offset + i * outW, wide, i * rowWidth, outW);
            }
        }

        /** A padded plane to work in, or an empty array when there is no padding. */
        float[] buffer() {
            return new float[padding ? paddedPlane : 0];
        }

        /** Writes the input plane at {@code offset} of x into {@code plane} with its zero border; returns plane. */
        float[] toPadded(float[] x, int offset, float[] plane) {
            Arrays.fill(plane, 0f);
            for (int h = 0; h < inH; h++) {
                System.arraycopy(x, offset + h * inW, plane, (h + padH) * rowWidth + padW, inW);
            }
            return plane;
        }

        /** Copies the inside of a padded plane to the plane at {@code offset} of dx. */
        void fromPadded(float[] plane, float[] dx, int offset) {
            for (int h = 0; h < inH; h++) {
                System.arraycopy(plane, (h + padH) * rowWidth + padW, dx, offset + h * inW, inW);
            }
        }
    }
}
