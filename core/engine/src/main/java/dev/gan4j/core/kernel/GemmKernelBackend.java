package dev.gan4j.core.kernel;

import java.util.Arrays;

/**
 * A backend built on one GEMM: it checks the GEMM arguments, handles the empty products, and runs
 * the three convolution passes as im2col + that GEMM ({@link Im2colConvolution}) on its own
 * {@link WorkerPool}. A subclass passes its name and supplies only {@link #multiply}, the product itself.
 *
 * <p>Every call of {@link #gemm} goes through {@link GemmArguments#check}, so all such backends
 * fail the same way; a product with no rows or columns writes nothing, and one with k = 0 fills c
 * with zeros, before {@link #multiply} is reached.
 */
public abstract class GemmKernelBackend implements KernelBackend {
    /**
     * Column ranges given to threads are multiples of this: 16 floats, a cache line and the widest
     * vector, so threads never write into one line and every range but the last is whole vectors.
     */
    protected static final int COLUMN_ALIGN = 16;

    private final String name;
    private final WorkerPool pool;
    private final Im2colConvolution convolution;

    /**
     * A backend called {@code name} that uses {@code threads} threads: its pool runs the im2col data
     * movement, and the subclass may use it for the GEMM too.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    protected GemmKernelBackend(String name, int threads) {
        this(name, threads, false);
    }

    /**
     * A backend called {@code name} that uses {@code threads} threads; with {@code batchByItems},
     * its convolutions' forward pass and input gradient cut a batch by items over the threads (see
     * {@link Im2colConvolution}), which is faster but cuts the GEMMs and runs differently for each
     * thread count, so the last bits of the results depend on it: for backends whose GEMM's bits
     * already do.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    protected GemmKernelBackend(String name, int threads, boolean batchByItems) {
        this.name = name;
        this.pool = new WorkerPool(threads);
        this.convolution = batchByItems ? new Im2colConvolution(this::gemm, this::gemmOnThisThread, pool)
                : new Im2colConvolution(this::gemm, pool);
    }

    /** The pool of this backend's threads. */
    protected final WorkerPool pool() {
        return pool;
    }

    /** This backend's pool: the engine's elementwise loops share its threads. */
    @Override
    public final WorkerPool workers() {
        return pool;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int threads() {
        return pool.threads();
    }

    @Override
    public final void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                           float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        GemmArguments.check(m, n, k, a, aOffset, b, bOffset, c, cOffset);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            Arrays.fill(c, cOffset, cOffset + m * n, 0f);
            return;
        }
        multiply(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
    }

    /**
     * Columns [j0, j1) of {@link #gemm} (or of c += the product, with {@code accumulate}) on the
     * calling thread alone, for the convolutions' per-thread parts: the same checks, then
     * {@link #multiplyOnThisThread}.
     */
    private void gemmOnThisThread(boolean transposeA, boolean transposeB, int m, int n, int k,
                                  float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset, int j0, int j1,
                                  boolean accumulate) {
        GemmArguments.check(m, n, k, a, aOffset, b, bOffset, c, cOffset);
        if (j0 < 0 || j1 > n || j0 > j1) {
            throw new IllegalArgumentException("The column range [" + j0 + ", " + j1 + ") is not within the " + n
                    + " columns of the product; pass 0 <= j0 <= j1 <= n.");
        }
        if (m == 0 || j0 == j1 || (k == 0 && accumulate)) {
            return;
        }
        if (k == 0) {
            for (int i = 0; i < m; i++) {
                Arrays.fill(c, cOffset + i * n + j0, cOffset + i * n + j1, 0f);
            }
            return;
        }
        multiplyOnThisThread(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, j0, j1, accumulate);
    }

    /**
     * Columns [j0, j1) of {@link #multiply} without handing work to other threads, called from inside
     * a part of a job on this backend's pool; with {@code accumulate} the product is added to those
     * columns instead of written over them. By default the block is multiplied into a packed
     * temporary and copied (or added) into place (through {@link #multiply}, whose own use of the
     * busy pool then runs its parts one after another on this thread); a backend that can write a
     * column range of c in place, in one call on one thread, overrides it.
     */
    protected void multiplyOnThisThread(boolean transposeA, boolean transposeB, int m, int n, int k,
                                        float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset,
                                        int j0, int j1, boolean accumulate) {
        int width = j1 - j0;
        float[] block = new float[m * width];
        if (transposeB) {
            // b is stored n×k: columns [j0, j1) of op(b) are rows j0.. of b, contiguous
            multiply(transposeA, true, m, width, k, a, aOffset, b, bOffset + j0 * k, block, 0);
        } else {
            float[] columns = new float[k * width];
            for (int r = 0; r < k; r++) {
                System.arraycopy(b, bOffset + r * n + j0, columns, r * width, width);
            }
            multiply(transposeA, false, m, width, k, a, aOffset, columns, 0, block, 0);
        }
        for (int i = 0; i < m; i++) {
            int row = cOffset + i * n + j0;
            if (accumulate) {
                for (int j = 0; j < width; j++) {
                    c[row + j] += block[i * width + j];
                }
            } else {
                System.arraycopy(block, i * width, c, row, width);
            }
        }
    }

    /**
     * c = op(a) · op(b) with the contract of {@link KernelBackend#gemm}, for arguments already
     * checked and m, n and k all at least 1.
     *
     * @param transposeA a is stored k×m and is used transposed
     * @param transposeB b is stored n×k and is used transposed
     */
    protected abstract void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                                     float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset);

    @Override
    public final void conv2d(ConvGeometry g, float[] x, float[] w, float[] y) {
        convolution.forward(g, x, w, y);
    }

    @Override
    public final void conv2dInputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        convolution.inputGrad(g, dy, w, dx);
    }

    @Override
    public final void conv2dWeightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        convolution.weightGrad(g, x, dy, dw);
    }

    /**
     * The start of column range {@code part} of {@code parts} over n columns, rounded to the
     * nearest multiple of {@code align} (and n for the last part), so that every range but the
     * last is a whole number of vectors.
     */
    protected static int alignedColumnBound(int n, int parts, int part, int align) {
        if (part >= parts) {
            return n;
        }
        int bound = (int) ((long) n * part / parts);
        return Math.min(n, (bound + align / 2) / align * align);
    }

    /** The name and thread count, as in "java (2 threads)". */
    @Override
    public String toString() {
        return name() + " (" + threads() + " threads)";
    }
}
