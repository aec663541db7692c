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
    /** Rows at least this long are copied with System.arraycopy, shorter ones in a loop (see {@link #copyTaps}). */
    static final int LONG_ROW = 16;

    private Im2col() {
    }

    /**
     * Fills the column-matrix entries that read input planes [planeFrom, planeTo) of the items
     * (plane index item·C + c): for each plane, its kh·kw rows' stretch of the item's columns. The
     * matrix starts at {@code colOffset} of {@code col}.
     */
    static void expand(ConvGeometry g, float[] x, int n0, int items, float[] col, int colOffset, int planeFrom, int planeTo) {
        Layout l = new Layout(g, items);
        if (l.stride != 1) {
            expandStrided(g, l, x, n0, col, colOffset, planeFrom, planeTo);
            return;
        }
        float[] plane = new float[l.paddedPlane];
        for (int p = planeFrom; p < planeTo; p++) {
            int inputPlane = (n0 * l.channels + p) * l.inPlane;
            boolean direct = !l.padding;
            if (!direct) {
                l.toPadded(x, inputPlane, plane);
            }
            int to = colOffset + (p % l.channels) * l.kh * l.kw * l.width + (p / l.channels) * l.positions;
            copyTaps(l, direct ? x : plane, direct ? inputPlane : 0, col, to);
        }
    }

    /**
     * {@link #expand} for a column stride above 1: each tap's output row reads every s-th value of a
     * padded input row. Kept apart from the unit-stride loops so that HotSpot compiles each for its
     * own shapes (one method serving both ran the unit-stride case up to 15 times slower).
     */
    private static void expandStrided(ConvGeometry g, Layout l, float[] x, int n0, float[] col, int colOffset,
                                      int planeFrom, int planeTo) {
        int[] reads = l.reads(g.strideWidth());
        float[] plane = new float[l.paddedPlane];
        for (int p = planeFrom; p < planeTo; p++) {
            l.toPadded(x, (n0 * l.channels + p) * l.inPlane, plane);
            int to = colOffset + (p % l.channels) * l.kh * l.kw * l.width + (p / l.channels) * l.positions;
            for (int tp = 0; tp < l.kh; tp++) {
                for (int tq = 0; tq < l.kw; tq++) {
                    int from = tp * l.paddedWidth + tq;
                    int row = to + (tp * l.kw + tq) * l.width;
                    // an index table rather than j·s: measured as fast or faster for the 7- and 14-wide rows of a DCGAN
                    for (int t = 0; t < reads.length; t++) {
                        col[row + t] = plane[from + reads[t]];
                    }
                }
            }
        }
    }

    /** Copies every tap's window out of one padded input plane, column stride 1: one array copy per output row. */
    private static void copyTaps(Layout l, float[] source, int base, float[] col, int to) {
        for (int p = 0; p < l.kh; p++) {
            for (int q = 0; q < l.kw; q++) {
                int from = base + l.tapStart(p, q);
                int row = to + (p * l.kw + q) * l.width;
                if (l.outW >= LONG_ROW) {
                    for (int i = 0; i < l.outH; i++) {
                        System.arraycopy(source, from + i * l.rowStep, col, row + i * l.outW, l.outW);
                    }
                } else {
                    copyShortRows(source, from, l.rowStep, col, row, l.outH, l.outW);
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
        if (l.stride != 1) {
            accumulateStrided(l, col, n0, dx, planeFrom, planeTo);
            return;
        }
        boolean direct = !l.padding;
        float[] plane = direct ? null : new float[l.paddedPlane];
        for (int p = planeFrom; p < planeTo; p++) {
            int inputPlane = (n0 * l.channels + p) * l.inPlane;
            float[] target = direct ? dx : plane;
            int base = direct ? inputPlane : 0;
            Arrays.fill(target, base, base + l.paddedPlane, 0f);
            int from = (p % l.channels) * l.kh * l.kw * l.width + (p / l.channels) * l.positions;
            addTaps(l, col, from, target, base);
            if (!direct) {
                l.fromPadded(plane, dx, inputPlane);
            }
        }
    }

    /** {@link #accumulate} for a column stride above 1, kept apart for the reason given at {@link #expandStrided}. */
    private static void accumulateStrided(Layout l, float[] col, int n0, float[] dx, int planeFrom, int planeTo) {
        int[] reads = l.reads(l.stride);
        float[] plane = new float[l.paddedPlane];
        for (int p = planeFrom; p < planeTo; p++) {
            Arrays.fill(plane, 0, l.paddedPlane, 0f);
            int from = (p % l.channels) * l.kh * l.kw * l.width + (p / l.channels) * l.positions;
            for (int tp = 0; tp < l.kh; tp++) {
                for (int tq = 0; tq < l.kw; tq++) {
                    int to = tp * l.paddedWidth + tq;
                    int row = from + (tp * l.kw + tq) * l.width;
                    for (int t = 0; t < reads.length; t++) {
                        plane[to + reads[t]] += col[row + t];
                    }
                }
            }
            l.fromPadded(plane, dx, (n0 * l.channels + p) * l.inPlane);
        }
    }

    /** Adds every tap's stretch of the column matrix back onto one padded plane, column stride 1. */
    private static void addTaps(Layout l, float[] col, int from, float[] target, int base) {
        for (int p = 0; p < l.kh; p++) {
            for (int q = 0; q < l.kw; q++) {
                int to = base + l.tapStart(p, q);
                int row = from + (p * l.kw + q) * l.width;
                for (int i = 0; i < l.outH; i++) {
                    addRow(col, row + i * l.outW, target, to + i * l.rowStep, l.outW);
                }
            }
        }
    }

    /** {@code rows} rows of {@code width} floats, {@code step} apart in the source and packed in the target. */
    private static void copyShortRows(float[] source, int from, int step, float[] target, int to, int rows, int width) {
        for (int i = 0; i < rows; i++) {
            int s = from + i * step;
            int t = to + i * width;
            for (int j = 0; j < width; j++) {
                target[t + j] = source[s + j];
            }
        }
    }

    private static void addRow(float[] source, int from, float[] target, int to, int length) {
        for (int j = 0; j < length; j++) {
            target[to + j] += source[from + j];
        }
    }

    /**
     * Copies output channels [from, to) of the items from [N, O, Ho·Wo] order into [O, items·Ho·Wo]
     * order, the matrix starting at {@code byChannelOffset}.
     */
    static void gather(ConvGeometry g, float[] batched, int n0, int items, float[] byChannel, int byChannelOffset,
                       int from, int to) {
        int positions = g.outHeight() * g.outWidth();
        for (int o = from; o < to; o++) {
            for (int item = 0; item < items; item++) {
                System.arraycopy(batched, ((n0 + item) * g.outChannels() + o) * positions,
                        byChannel, byChannelOffset + (o * items + item) * positions, positions);
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
     * {@link #scatter} of a run that starts at item 0, for its items [itemFrom, itemTo) and every
     * output channel.
     */
    static void scatterItems(ConvGeometry g, float[] byChannel, int items, float[] batched, int itemFrom, int itemTo) {
        int positions = g.outHeight() * g.outWidth();
        for (int item = itemFrom; item < itemTo; item++) {
            for (int o = 0; o < g.outChannels(); o++) {
                System.arraycopy(byChannel, (o * items + item) * positions,
                        batched, (item * g.outChannels() + o) * positions, positions);
            }
        }
    }

    /**
     * The sizes the loops need. Input planes are read (and gradients summed) through a copy with
     * the zero padding written out, so no loop tests bounds; with no padding and a column stride of
     * 1 the plane is used as it is. With column stride 1 every tap's output row is a contiguous
     * stretch of a padded row (a plain copy); with a larger stride, {@link #reads} says where each
     * output position's window starts.
     */
    private static final class Layout {
        final int kh;
        final int kw;
        final int channels;
        final int outH;
        final int outW;
        final int positions;
        final int width;
        final int inH;
        final int inW;
        final int inPlane;
        final boolean padding;
        final int padH;
        final int padW;
        final int stride;
        final int paddedWidth;
        final int paddedPlane;
        final int rowStep;

        Layout(ConvGeometry g, int items) {
            kh = g.kernelHeight();
            kw = g.kernelWidth();
            channels = g.inChannels();
            outH = g.outHeight();
            outW = g.outWidth();
            positions = outH * outW;
            width = items * positions;
            inH = g.inHeight();
            inW = g.inWidth();
            inPlane = inH * inW;
            padH = g.padHeight();
            padW = g.padWidth();
            padding = padH > 0 || padW > 0;
            stride = g.strideWidth();
            paddedWidth = inW + 2 * padW;
            paddedPlane = (inH + 2 * padH) * paddedWidth;
            rowStep = g.strideHeight() * paddedWidth;
        }

        /** Where tap (p, q)'s window for output (0, 0) starts in a padded plane. */
        int tapStart(int p, int q) {
            return p * paddedWidth + q;
        }


        /** Where output position t's window starts in a padded, not regrouped plane, for column stride {@code s}. */
        int[] reads(int s) {
            int[] reads = new int[positions];
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    reads[i * outW + j] = i * rowStep + j * s;
                }
            }
            return reads;
        }

        /** Writes the input plane at {@code offset} of x, zero-padded but not regrouped, into {@code plane} . */
        void toPadded(float[] x, int offset, float[] plane) {
            Arrays.fill(plane, 0, paddedPlane, 0f);
            for (int h = 0; h < inH; h++) {
                System.arraycopy(x, offset + h * inW, plane, (h + padH) * paddedWidth + padW, inW);
            }
        }

        /** The inverse of {@link #toPadded} for the plane's inside. */
        void fromPadded(float[] plane, float[] dx, int offset) {
            for (int h = 0; h < inH; h++) {
                System.arraycopy(plane, (h + padH) * paddedWidth + padW, dx, offset + h * inW, inW);
            }
        }

    }
}
