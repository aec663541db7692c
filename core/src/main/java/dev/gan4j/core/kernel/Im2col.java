package dev.gan4j.core.kernel;

import java.util.Arrays;

/**
 * The data movement around the GEMMs of {@link Im2colConvolution}, for a run of {@code items}
 * batch items starting at item {@code n0}.
 *
 * <p>The column matrix has one row per kernel tap (c, p, q), row index (c·kh + p)·kw + q, and one
 * column per output position of each item, column index item·Ho·Wo + i·Wo + j: the input value
 * that tap reads for that output, or 0 in the padding. Every method works on a range of rows,
 * planes or channels, so callers can cut the work over threads; each output element is written by
 * one call only.
 */
final class Im2col {
    private Im2col() {
    }

    /** Fills rows [rowFrom, rowTo) of the column matrix of x. */
    static void expand(ConvGeometry g, float[] x, int n0, int items, float[] col, int rowFrom, int rowTo) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int inH = g.inHeight();
        int inW = g.inWidth();
        int outH = g.outHeight();
        int outW = g.outWidth();
        int sh = g.strideHeight();
        int sw = g.strideWidth();
        int positions = outH * outW;
        int width = items * positions;
        for (int r = rowFrom; r < rowTo; r++) {
            int q = r % kw;
            int p = (r / kw) % kh;
            int c = r / (kw * kh);
            int jFrom = firstInside(g.padWidth() - q, sw, outW);
            int jTo = Math.max(jFrom, firstInside(inW + g.padWidth() - q, sw, outW));
            for (int item = 0; item < items; item++) {
                int plane = ((n0 + item) * g.inChannels() + c) * inH * inW;
                int rowStart = r * width + item * positions;
                for (int i = 0; i < outH; i++) {
                    int h = i * sh - g.padHeight() + p;
                    int to = rowStart + i * outW;
                    if (h < 0 || h >= inH) {
                        Arrays.fill(col, to, to + outW, 0f);
                        continue;
                    }
                    Arrays.fill(col, to, to + jFrom, 0f);
                    int from = plane + h * inW + jFrom * sw - g.padWidth() + q;
                    if (sw == 1) {
                        System.arraycopy(x, from, col, to + jFrom, jTo - jFrom);
                    } else {
                        for (int j = jFrom; j < jTo; j++) {
                            col[to + j] = x[from + (j - jFrom) * sw];
                        }
                    }
                    Arrays.fill(col, to + jTo, to + outW, 0f);
                }
            }
        }
    }

    /**
     * Overwrites the input planes [planeFrom, planeTo) of the items (plane index item·C + c) with
     * the sum of the column-matrix entries that read them: the adjoint of {@link #expand}.
     */
    static void accumulate(ConvGeometry g, float[] col, int n0, int items, float[] dx, int planeFrom, int planeTo) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int inH = g.inHeight();
        int inW = g.inWidth();
        int outH = g.outHeight();
        int outW = g.outWidth();
        int sh = g.strideHeight();
        int sw = g.strideWidth();
        int channels = g.inChannels();
        int positions = outH * outW;
        int width = items * positions;
        for (int plane = planeFrom; plane < planeTo; plane++) {
            int item = plane / channels;
            int c = plane % channels;
            int dxPlane = ((n0 + item) * channels + c) * inH * inW;
            Arrays.fill(dx, dxPlane, dxPlane + inH * inW, 0f);
            for (int p = 0; p < kh; p++) {
                for (int q = 0; q < kw; q++) {
                    int rowStart = ((c * kh + p) * kw + q) * width + item * positions;
                    int jFrom = firstInside(g.padWidth() - q, sw, outW);
                    int jTo = Math.max(jFrom, firstInside(inW + g.padWidth() - q, sw, outW));
                    for (int i = 0; i < outH; i++) {
                        int h = i * sh - g.padHeight() + p;
                        if (h < 0 || h >= inH) {
                            continue;
                        }
                        int from = rowStart + i * outW;
                        int to = dxPlane + h * inW - g.padWidth() + q;
                        for (int j = jFrom; j < jTo; j++) {
                            dx[to + j * sw] += col[from + j];
                        }
                    }
                }
            }
        }
    }

    /** Copies output channels [from, to) of the items from [N, O, Ho·Wo] order into [O, items·Ho·Wo] order. */
    static void gather(ConvGeometry g, float[] batched, int n0, int items, float[] byChannel, int from, int to) {
        int positions = g.outHeight() * g.outWidth();
        for (int o = from; o < to; o++) {
            for (int item = 0; item < items; item++) {
                System.arraycopy(batched, ((n0 + item) * g.outChannels() + o) * positions,
                        byChannel, (o * items + item) * positions, positions);
            }
        }
    }

    /** The inverse of {@link #gather}: copies [O, items·Ho·Wo] back into [N, O, Ho·Wo] order. */
    static void scatter(ConvGeometry g, float[] byChannel, int n0, int items, float[] batched, int from, int to) {
        int positions = g.outHeight() * g.outWidth();
        for (int o = from; o < to; o++) {
            for (int item = 0; item < items; item++) {
                System.arraycopy(byChannel, (o * items + item) * positions,
                        batched, ((n0 + item) * g.outChannels() + o) * positions, positions);
            }
        }
    }

    /**
     * The first output index j (0..limit) with j·stride ≥ offset: where a kernel column starts (or
     * stops) reading inside the input.
     */
    private static int firstInside(int offset, int stride, int limit) {
        int j = Math.floorDiv(offset + stride - 1, stride);
        return Math.max(0, Math.min(limit, j));
    }
}
