package dev.gan4j.core.kernel;

import java.util.Arrays;

/**
 * The three passes of a 2-D convolution as im2col / col2im and one GEMM each, on top of any
 * {@link Gemm}. For a run of batch items, with the column matrix X (kernel taps × output positions,
 * see {@link Im2col}) and the weight W as an O × C·kh·kw matrix:
 * <ul>
 *   <li>forward: Y = W · X, one O × items·Ho·Wo product;</li>
 *   <li>input gradient: dX = Wᵀ · dY, then col2im adds dX back into the input's shape;</li>
 *   <li>weight gradient: dW = dY · Xᵀ, summed over the whole run in the GEMM's k dimension.</li>
 * </ul>
 *
 * <p>The batch goes through in runs of as many items as keep a run's column matrix under
 * {@value #RUN_FLOATS} floats (10 items of the DCGAN discriminator's second convolution, a whole
 * CycleGAN batch of 4), so that the columns one pass writes are still in the cache when its GEMM or
 * col2im reads them, and the GEMMs are still large. A run of one item reads and writes the caller's
 * arrays directly; longer runs regroup the output channel by channel. The column matrix and the
 * regrouped output live in buffers kept per calling thread, grown when needed and reused, so a
 * training step allocates nothing here: with fresh buffers on every call the DCGAN discriminator's
 * first convolution (forward, batch 64) took 2.9 ms instead of 0.7 ms, its second 8.0 ms instead of
 * 7.5 ms (openblas, 2 threads).
 *
 * <p>The weight gradient needs the column matrix of the forward pass's input: when the whole batch's
 * columns fit {@value #MAX_BUFFER_FLOATS} floats, the forward pass writes them run after run into
 * one array and keeps it in a {@link ColumnCache} (the most recent ones, up to
 * {@value #KEPT_COLUMN_FLOATS} floats per thread), and the weight gradient of the same input array
 * and geometry reuses each run's block instead of expanding the input again. The DCGAN
 * discriminator's second convolution spends about 4.4 ms of a 14.5 ms weight gradient expanding its
 * input (batch 64, one thread, thread CPU time).
 *
 * <p>Unit-stride convolutions with one output channel skip im2col and the GEMM altogether: they go
 * to {@link SingleChannelConvolution}'s direct loops, several times faster for that shape.
 *
 * <p>Threads. By default every step (expanding, each GEMM, scattering or col2im) is cut over the
 * threads. A backend that passes a {@link ColumnRangeGemm} gets the forward pass and the input
 * gradient cut by batch items instead, each thread running all the steps for its own items in one
 * hand-over ({@link #byItems}), and the weight gradient of a batch of several kept runs cut by the
 * weight's columns, each thread summing every run into its own ({@link #weightGradByColumns}).
 *
 * <p>The runs depend only on the geometry and the thread count, and every element is written by one
 * thread in a fixed order: the result is as deterministic as the GEMM underneath.
 */
public final class Im2colConvolution {
    /** The largest whole-batch column matrix that is kept for the weight gradient, in floats: 16 MiB. */
    static final int MAX_BUFFER_FLOATS = 1 << 22;
    /**
     * The forward pass's column matrices kept per calling thread for the weight gradient, in floats
     * (48 MiB, and as much again of arrays kept for reuse): enough for the last few convolutions of a
     * step, whose weight gradients come first.
     */
    static final long KEPT_COLUMN_FLOATS = 12L << 20;
    /**
     * The largest column matrix (and regrouped output) of one run, in floats (2 MiB). The DCGAN
     * discriminator's second convolution (batch 64) took 14.9 ms for its input gradient with the whole
     * batch in one run, 12.6 ms in runs of 10 items (openblas, one thread, thread CPU time; runs of 5
     * or 20 items: 13.0 and 13.5 ms).
     */
    static final int RUN_FLOATS = 1 << 19;
    /** Data movement of fewer floats than this stays on the calling thread. */
    private static final int SERIAL_FLOATS = 1 << 15;

    private final Gemm gemm;
    private final ColumnRangeGemm threadGemm;
    private final WorkerPool pool;
    private final SingleChannelConvolution singleChannel;
    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

    /**
     * Convolutions whose products go to {@code gemm} and whose data movement runs on {@code pool}:
     * every step is cut over the threads, so the result has the same bits for every thread count
     * when {@code gemm}'s has.
     */
    public Im2colConvolution(Gemm gemm, WorkerPool pool) {
        this(gemm, null, pool);
    }

    /**
     * Convolutions whose products go to {@code gemm}, and whose data movement runs on {@code pool};
     * with a {@code threadGemm} (a column range of a product on the calling thread alone), the
     * forward pass and the input gradient of a batch of at least as many items as threads are cut by
     * items instead ({@link #byItems}, {@link #runBounds}): faster, but the runs and GEMMs are cut
     * differently for each thread count, so a backend whose GEMM's last bits depend on the cut gives
     * other bits on another thread count (the same bits on the same count). Null keeps every step
     * cut over the threads.
     */
    public Im2colConvolution(Gemm gemm, ColumnRangeGemm threadGemm, WorkerPool pool) {
        this.gemm = gemm;
        this.threadGemm = threadGemm;
        this.pool = pool;
        this.singleChannel = new SingleChannelConvolution(pool);
    }

    /** y = conv(x, w); see {@link KernelBackend#conv2d}. */
    public void forward(ConvGeometry g, float[] x, float[] w, float[] y) {
        checkSizes(g, "x", x, g.inputSize(), "w", w, g.weightSize(), "y", y, g.outputSize());
        if (SingleChannelConvolution.handles(g)) {
            singleChannel.forward(g, x, w, y);
            return;
        }
        int taps = taps(g);
        int positions = g.outHeight() * g.outWidth();
        Buffers b = buffers.get();
        // the whole batch's columns, run after run, kept for the weight gradient when they fit
        float[] kept = runLength(g) >= g.batch() ? b.kept.acquire(taps * g.batch() * positions) : null;
        int[] bounds = runBounds(g);
        int runs = bounds.length - 1;
        if (runs == 1 && byItems(g)) {
            forwardByItems(g, x, w, y, kept);
        } else if (runs >= pool.threads() && byItems(g)) {
            // whole runs per thread: each expands, multiplies and scatters its own runs
            int parts = pool.threads();
            pool.run(parts, part -> {
                for (int r = runs * part / parts; r < runs * (part + 1) / parts; r++) {
                    forwardRun(g, x, w, y, bounds[r], bounds[r + 1] - bounds[r], kept);
                }
            });
        } else {
            for (int r = 0; r < runs; r++) {
                int n0 = bounds[r];
                int items = bounds[r + 1] - n0;
                float[] col = kept != null ? kept : b.columns(taps * items * positions);
                int colOffset = kept != null ? taps * n0 * positions : 0;
                expand(g, x, n0, items, col, colOffset);
                if (items == 1) {
                    gemm.gemm(false, false, g.outChannels(), positions, taps, w, 0, col, colOffset, y, n0 * g.outChannels() * positions);
                } else {
                    float[] out = b.output(g.outChannels() * items * positions);
                    gemm.gemm(false, false, g.outChannels(), items * positions, taps, w, 0, col, colOffset, out, 0);
                    forRanges(g.outChannels(), g.outChannels() * items * positions,
                            (from, to) -> Im2col.scatter(g, out, n0, items, y, from, to));
                }
            }
        }
        if (kept != null) {
            b.kept.put(x, g, kept);
        }
    }

    /**
     * The forward pass of a batch that is one run, cut by items: each thread expands its items'
     * columns of the run's column matrix, multiplies that column range and scatters its items, with
     * one hand-over instead of three (CycleGAN's batch of 4, the 3x3 convolution of a residual block
     * on 2 threads: one pool job per convolution where there were three, and the columns a thread's
     * GEMM reads are the ones it just wrote).
     */
    private void forwardByItems(ConvGeometry g, float[] x, float[] w, float[] y, float[] kept) {
        int taps = taps(g);
        int positions = g.outHeight() * g.outWidth();
        int items = g.batch();
        Buffers b = buffers.get();
        float[] col = kept != null ? kept : b.columns(taps * items * positions);
        float[] out = b.output(g.outChannels() * items * positions);
        int parts = pool.threads();
        pool.run(parts, part -> {
            int from = firstItem(g, part, parts);
            int to = firstItem(g, part + 1, parts);
            Im2col.expand(g, x, 0, items, col, 0, from * g.inChannels(), to * g.inChannels());
            threadGemm.gemm(false, false, g.outChannels(), items * positions, taps, w, 0, col, 0, out, 0,
                    from * positions, to * positions, false);
            Im2col.scatterItems(g, out, items, y, from, to);
        });
    }

    /** The forward pass of the run of {@code items} items from {@code n0}, all on the calling thread. */
    private void forwardRun(ConvGeometry g, float[] x, float[] w, float[] y, int n0, int items, float[] kept) {
        int taps = taps(g);
        int positions = g.outHeight() * g.outWidth();
        Buffers b = buffers.get();
        float[] col = kept != null ? kept : b.columns(taps * items * positions);
        int colOffset = kept != null ? taps * n0 * positions : 0;
        Im2col.expand(g, x, n0, items, col, colOffset, 0, items * g.inChannels());
        if (items == 1) {
            threadGemm.gemm(false, false, g.outChannels(), positions, taps, w, 0, col, colOffset, y, n0 * g.outChannels() * positions,
                    0, positions, false);
        } else {
            float[] out = b.output(g.outChannels() * items * positions);
            threadGemm.gemm(false, false, g.outChannels(), items * positions, taps, w, 0, col, colOffset, out, 0,
                    0, items * positions, false);
            Im2col.scatter(g, out, n0, items, y, 0, g.outChannels());
        }
    }

    /** dx = the input gradient for output gradient dy; see {@link KernelBackend#conv2dInputGrad}. */
    public void inputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        checkSizes(g, "dy", dy, g.outputSize(), "w", w, g.weightSize(), "dx", dx, g.inputSize());
        if (SingleChannelConvolution.handles(g)) {
            singleChannel.inputGrad(g, dy, w, dx);
            return;
        }
        int taps = taps(g);
        int positions = g.outHeight() * g.outWidth();
        if (byItems(g)) {
            int parts = pool.threads();
            int run = runLength(g, RUN_FLOATS / parts);
            pool.run(parts, part -> inputGradItems(g, dy, w, dx, firstItem(g, part, parts), firstItem(g, part + 1, parts), run));
            return;
        }
        int run = runLength(g, RUN_FLOATS);
        Buffers b = buffers.get();
        for (int n0 = 0; n0 < g.batch(); n0 += run) {
            int items = Math.min(run, g.batch() - n0);
            float[] grouped = regroup(g, dy, n0, items, b);
            int groupedOffset = items == 1 ? n0 * g.outChannels() * positions : 0;
            float[] col = b.columns(taps * items * positions);
            gemm.gemm(true, false, taps, items * positions, g.outChannels(), w, 0, grouped, groupedOffset, col, 0);
            int n = n0;
            forRanges(items * g.inChannels(), taps * items * positions,
                    (from, to) -> Im2col.accumulate(g, col, n, items, dx, from, to));
        }
    }

    /** dw = the weight gradient for input x and output gradient dy; see {@link KernelBackend#conv2dWeightGrad}. */
    public void weightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        checkSizes(g, "x", x, g.inputSize(), "dy", dy, g.outputSize(), "dw", dw, g.weightSize());
        if (SingleChannelConvolution.handles(g)) {
            singleChannel.weightGrad(g, x, dy, dw);
            return;
        }
        int taps = taps(g);
        int positions = g.outHeight() * g.outWidth();
        Buffers b = buffers.get();
        if (g.batch() == 0) {
            Arrays.fill(dw, 0, g.weightSize(), 0f);
            return;
        }
        float[] kept = runLength(g) >= g.batch() ? b.kept.find(x, g) : null;
        int[] bounds = runBounds(g);
        if (kept != null && bounds.length > 2 && threadGemm != null && pool.threads() > 1) {
            weightGradByColumns(g, dy, dw, kept, bounds);
            return;
        }
        for (int r = 0; r + 1 < bounds.length; r++) {
            int n0 = bounds[r];
            int items = bounds[r + 1] - n0;
            float[] col = kept;
            int colOffset = taps * n0 * positions;
            if (col == null) {
                col = b.columns(taps * items * positions);
                colOffset = 0;
                expand(g, x, n0, items, col, 0);
            }
            float[] grouped = regroup(g, dy, n0, items, b);
            int groupedOffset = items == 1 ? n0 * g.outChannels() * positions : 0;
            float[] target = r == 0 ? dw : b.partial(g.weightSize());
            gemm.gemm(false, true, g.outChannels(), taps, items * positions, grouped, groupedOffset, col, colOffset, target, 0);
            if (r != 0) {
                for (int i = 0; i < g.weightSize(); i++) {
                    dw[i] += target[i];
                }
            }
        }
    }

    /**
     * The weight gradient of a batch of several runs whose columns the forward pass kept, in two
     * hand-overs: the whole of dy is regrouped run by run (cut by output channels), then each thread
     * takes a range of dw's columns (kernel taps) and adds every run's product into it with its own
     * GEMM ({@code threadGemm} accumulating). Run after run over the threads instead took a
     * regrouping, a GEMM and a serial sum of the run's partial per run: 16 hand-overs for the DCGAN
     * discriminator's 64→128 convolution (batch 64, 8 runs).
     */
    private void weightGradByColumns(ConvGeometry g, float[] dy, float[] dw, float[] kept, int[] bounds) {
        int taps = taps(g);
        int positions = g.outHeight() * g.outWidth();
        int runs = bounds.length - 1;
        float[] grouped = buffers.get().output(g.outChannels() * g.batch() * positions);
        forRanges(g.outChannels(), (long) g.outChannels() * g.batch() * positions, (from, to) -> {
            for (int r = 0; r < runs; r++) {
                int items = bounds[r + 1] - bounds[r];
                Im2col.gather(g, dy, bounds[r], items, grouped, g.outChannels() * bounds[r] * positions, from, to);
            }
        });
        int parts = Math.min(pool.threads(), Math.max(1, taps / GemmKernelBackend.COLUMN_ALIGN));
        pool.run(parts, part -> {
            int j0 = GemmKernelBackend.alignedColumnBound(taps, parts, part, GemmKernelBackend.COLUMN_ALIGN);
            int j1 = GemmKernelBackend.alignedColumnBound(taps, parts, part + 1, GemmKernelBackend.COLUMN_ALIGN);
            for (int r = 0; r < runs; r++) {
                int n0 = bounds[r];
                int items = bounds[r + 1] - n0;
                threadGemm.gemm(false, true, g.outChannels(), taps, items * positions,
                        grouped, g.outChannels() * n0 * positions, kept, taps * n0 * positions, dw, 0, j0, j1, r > 0);
            }
        });
    }

    /**
     * Where the batch's runs start, then the batch size: runs of {@code runLength(g, RUN_FLOATS)}
     * items; with a {@code threadGemm}, several threads and a batch of several runs, evened out so
     * that the number of runs is a multiple of the thread count, each thread then taking whole runs
     * of the forward pass (DCGAN's 64→128 convolution, batch 64: 8 runs of 8 instead of 7 of 10 and
     * 4). The forward pass keeps its columns run by run, and the weight gradient walks the same runs.
     */
    private int[] runBounds(ConvGeometry g) {
        int run = runLength(g, RUN_FLOATS);
        int threads = pool.threads();
        if (threadGemm != null && threads > 1 && run < g.batch()) {
            int runs = (g.batch() + run - 1) / run;
            runs = (runs + threads - 1) / threads * threads;
            run = (g.batch() + runs - 1) / runs;
        }
        int[] bounds = new int[(g.batch() + run - 1) / run + 1];
        for (int r = 0; r + 1 < bounds.length; r++) {
            bounds[r] = r * run;
        }
        bounds[bounds.length - 1] = g.batch();
        return bounds;
    }

    /**
     * Whether the input gradient cuts the batch into one contiguous range of items per thread, each
     * thread regrouping, multiplying and adding back its own items: with a {@code threadGemm}, several
     * threads and at least as many items. Then the columns a thread's col2im reads are the ones its
     * GEMM just wrote, still in its own cache, and a pass is one hand-over to the workers instead of
     * three. Measured against every step cut over the threads (KernelThroughput, 2 threads, best of
     * 3): CycleGAN's residual 3x3 convolution 116 → 145 GFLOP/s, its PatchGAN's third 127 → 146, its
     * stride-2 downsampling 89 → 111, the DCGAN discriminator's 64→128 stride-2 convolution 123 →
     * 138. The forward pass is cut by items too, but only along the runs whose columns it keeps for
     * the weight gradient ({@link #forwardByItems} for a batch of one run, whole runs per thread
     * otherwise): cutting it into smaller per-thread runs made the weight gradient walk smaller runs,
     * slower (PatchGAN's third: 125–160 GFLOP/s against 183). The weight gradient is cut by the
     * weight's columns, never by items ({@link #weightGradByColumns}).
     */
    private boolean byItems(ConvGeometry g) {
        return threadGemm != null && pool.threads() > 1 && g.batch() >= pool.threads();
    }

    /** The first batch item of range {@code part} of {@code parts} (and the end of the previous one). */
    private static int firstItem(ConvGeometry g, int part, int parts) {
        return (int) ((long) g.batch() * part / parts);
    }

    /** The input gradient of items [from, to), in runs of {@code run}, on the calling thread. */
    private void inputGradItems(ConvGeometry g, float[] dy, float[] w, float[] dx, int from, int to, int run) {
        int taps = taps(g);
        int positions = g.outHeight() * g.outWidth();
        Buffers b = buffers.get();
        for (int n0 = from; n0 < to; n0 += run) {
            int items = Math.min(run, to - n0);
            float[] grouped = dy;
            int groupedOffset = n0 * g.outChannels() * positions;
            if (items > 1) {
                grouped = b.output(g.outChannels() * items * positions);
                groupedOffset = 0;
                Im2col.gather(g, dy, n0, items, grouped, 0, 0, g.outChannels());
            }
            float[] col = b.columns(taps * items * positions);
            threadGemm.gemm(true, false, taps, items * positions, g.outChannels(), w, 0, grouped, groupedOffset, col, 0,
                    0, items * positions, false);
            Im2col.accumulate(g, col, n0, items, dx, 0, items * g.inChannels());
        }
    }

    private void expand(ConvGeometry g, float[] x, int n0, int items, float[] col, int colOffset) {
        forRanges(items * g.inChannels(), taps(g) * items * g.outHeight() * g.outWidth(),
                (from, to) -> Im2col.expand(g, x, n0, items, col, colOffset, from, to));
    }

    /** dy of the items as an O × items·Ho·Wo matrix: dy itself for one item, else a regrouped copy. */
    private float[] regroup(ConvGeometry g, float[] dy, int n0, int items, Buffers b) {
        if (items == 1) {
            return dy;
        }
        int positions = g.outHeight() * g.outWidth();
        float[] grouped = b.output(g.outChannels() * items * positions);
        forRanges(g.outChannels(), g.outChannels() * items * positions,
                (from, to) -> Im2col.gather(g, dy, n0, items, grouped, 0, from, to));
        return grouped;
    }

    /** Runs {@code body} over [0, count) cut into one range per thread, or in one piece when the work is small. */
    private void forRanges(int count, long floats, RangeBody body) {
        int parts = floats < SERIAL_FLOATS ? 1 : Math.min(pool.threads(), count);
        pool.run(parts, part -> body.run((int) ((long) count * part / parts), (int) ((long) count * (part + 1) / parts)));
    }

    private static int taps(ConvGeometry g) {
        return g.inChannels() * g.kernelHeight() * g.kernelWidth();
    }

    /** How many batch items' columns fit {@link #MAX_BUFFER_FLOATS}: the whole batch when they can be kept. */
    static int runLength(ConvGeometry g) {
        return runLength(g, MAX_BUFFER_FLOATS);
    }

    /** How many batch items go through one GEMM with at most {@code maxFloats} in its buffers, at least one. */
    private static int runLength(ConvGeometry g, int maxFloats) {
        long perItem = (long) Math.max(taps(g), g.outChannels()) * g.outHeight() * g.outWidth();
        return (int) Math.max(1, Math.min(Math.max(g.batch(), 1), maxFloats / perItem));
    }

    /** Throws when any of the three arrays is shorter than the geometry needs, naming it. */
    static void checkSizes(ConvGeometry g, String n1, float[] a1, int s1, String n2, float[] a2, int s2,
                                   String n3, float[] a3, int s3) {
        checkSize(g, n1, a1, s1);
        checkSize(g, n2, a2, s2);
        checkSize(g, n3, a3, s3);
    }

    private static void checkSize(ConvGeometry g, String name, float[] array, int size) {
        if (array.length < size) {
            throw new IllegalArgumentException("The convolution " + g + " needs " + size + " elements in " + name
                    + ", but the array has " + array.length + "; pass an array sized for the geometry.");
        }
    }

    @FunctionalInterface
    private interface RangeBody {
        void run(int from, int to);
    }

    /** Grow-only buffers of one calling thread. */
    private static final class Buffers {
        private final ColumnCache kept = new ColumnCache(KEPT_COLUMN_FLOATS);
        private float[] columns = new float[0];
        private float[] output = new float[0];
        private float[] partial = new float[0];

        float[] columns(int size) {
            if (columns.length < size) {
                columns = new float[size];
            }
            return columns;
        }

        float[] output(int size) {
            if (output.length < size) {
                output = new float[size];
            }
            return output;
        }

        float[] partial(int size) {
            if (partial.length < size) {
                partial = new float[size];
            }
            return partial;
        }
    }
}
