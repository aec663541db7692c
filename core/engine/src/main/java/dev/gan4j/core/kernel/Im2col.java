package dev.gan4j.core.kernel;

import java.util.Arrays;

/**
 * The data movement around the GEMMs of {@link Im2colConvolution}, for a run of {@code items}
 * batch items starting at item {@code n0}.
 *
 * <p>The column matrix has one row per kernel tap (c, p, q), row index (c·kh + p)·kw + q, and one
 * column per output position of each item, column index item·Ho·Wo + i·Wo + j: the input value
 * that tap reads for that output, or 0 in the padding. Every method works on a range of input
 * planes or output channels, so callers can cut the work over threads; each output element is
 * written by one call only.
 */
final class Im2col {
    private Im2col() {
    }

    /**
     * Fills the column-matrix entries that read input planes [planeFrom, planeTo) of the items
     * (plane index item·C + c): for each plane, its kh·kw rows' stretch of the item's columns.
     */
    static void expand(ConvGeometry g, float[] x, int n0, int items, float[] col, int planeFrom, int planeTo) {
        Layout l = new Layout(g, items);
        float[] padded = l.padding ? new float[l.paddedPlane] : null;
        for (int plane = planeFrom; plane < planeTo; plane++) {
            int item = plane / l.channels;
            int c = plane % l.channels;
            int inputPlane = (n0 * l.channels + plane) * l.inPlane;
            float[] source = x;
            int base = inputPlane;
            if (l.padding) {
                for (int h = 0; h < g.inHeight(); h++) {
                    System.arraycopy(x, inputPlane + h * g.inWidth(), padded,
                            (h + g.padHeight()) * l.paddedWidth + g.padWidth(), g.inWidth());
                }
                source = padded;
                base = 0;
            }
            for (int p = 0; p < l.kh; p++) {
                for (int q = 0; q < l.kw; q++) {
                    int from = base + p * l.paddedWidth + q;
                    int to = ((c * l.kh + p) * l.kw + q) * l.width + item * l.positions;
                    if (l.unitColumnStride) {
                        for (int i = 0; i < l.outH; i++) {
                            System.arraycopy(source, from + i * l.rowStep, col, to + i * l.outW, l.outW);
                        }
                    } else {
                        int[] reads = l.reads;
                        for (int t = 0; t < reads.length; t++) {
                            col[to + t] = source[from + reads[t]];
                        }
                    }
                }
            }
        }
    }

    /**
     * Overwrites the input planes [planeFrom, planeTo) of the items (plane index item·C + c) with
     * the sum of the column-matrix entries that read them: the adjoint of {@link #expand}. Each
     * element's sum runs over taps, then output positions, in a fixed order.
     */
    static void accumulate(ConvGeometry g, float[] col, int n0, int items, float[] dx, int planeFrom, int planeTo) {
        Layout l = new Layout(g, items);
        float[] padded = l.padding ? new float[l.paddedPlane] : null;
        for (int plane = planeFrom; plane < planeTo; plane++) {
            int item = plane / l.channels;
            int c = plane % l.channels;
            int inputPlane = (n0 * l.channels + plane) * l.inPlane;
            float[] target = l.padding ? padded : dx;
            int base = l.padding ? 0 : inputPlane;
            Arrays.fill(target, base, base + l.paddedPlane, 0f);
            for (int p = 0; p < l.kh; p++) {
                for (int q = 0; q < l.kw; q++) {
                    int to = base + p * l.paddedWidth + q;
                    int from = ((c * l.kh + p) * l.kw + q) * l.width + item * l.positions;
                    if (l.unitColumnStride) {
                        for (int i = 0; i < l.outH; i++) {
                            int rowTo = to + i * l.rowStep;
                            int rowFrom = from + i * l.outW;
                            for (int j = 0; j < l.outW; j++) {
                                target[rowTo + j] += col[rowFrom + j];
                            }
                        }
                    } else {
                        int[] reads = l.reads;
                        for (int t = 0; t < reads.length; t++) {
                            target[to + reads[t]] += col[from + t];
                        }
                    }
                }
            }
            if (l.padding) {
                for (int h = 0; h < g.inHeight(); h++) {
                    System.arraycopy(padded, (h + g.padHeight()) * l.paddedWidth + g.padWidth(), dx,
                            inputPlane + h * g.inWidth(), g.inWidth());
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
     * The sizes the loops need. Input planes are read (and gradients summed) through a copy with
     * the zero padding written out, so no loop tests bounds; {@code reads[t]} is where output
     * position t's window starts in such a plane.
     */
    private static final class Layout {
        final int kh;
        final int kw;
        final int channels;
        final int outH;
        final int outW;
        final int positions;
        final int width;
        final int inPlane;
        final boolean padding;
        final int paddedWidth;
        final int paddedPlane;
        final int rowStep;
        final boolean unitColumnStride;
        final int[] reads;

        Layout(ConvGeometry g, int items) {
            kh = g.kernelHeight();
            kw = g.kernelWidth();
            channels = g.inChannels();
            outH = g.outHeight();
            outW = g.outWidth();
            positions = outH * outW;
            width = items * positions;
            inPlane = g.inHeight() * g.inWidth();
            padding = g.padHeight() > 0 || g.padWidth() > 0;
            paddedWidth = g.inWidth() + 2 * g.padWidth();
            paddedPlane = (g.inHeight() + 2 * g.padHeight()) * paddedWidth;
            rowStep = g.strideHeight() * paddedWidth;
            unitColumnStride = g.strideWidth() == 1;
            reads = new int[positions];
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    reads[i * outW + j] = i * rowStep + j * g.strideWidth();
                }
            }
        }
    }
}
