package dev.gan4j.core.kernel;

import dev.ludovic.netlib.blas.NativeBLAS;

/**
 * The OpenBLAS backend, name {@value #NAME}: sgemm of the system OpenBLAS through netlib-java's
 * JNI binding, which hands the Java arrays to the library without copying them; the convolutions
 * are im2col + that GEMM ({@link Im2colConvolution}).
 *
 * <p>Threads. Loading the library sets OpenBLAS's own pool to one thread (see
 * {@link OpenBlasThreadControl}), and the backend cuts each GEMM into {@code threads} fixed column
 * (or row) ranges, one single-threaded sgemm per range on its own {@link WorkerPool}: deterministic
 * for a given thread count, and the same whatever {@code OPENBLAS_NUM_THREADS} says. Only where
 * those functions cannot be bound does OpenBLAS keep the pool the environment gave it; then either
 * it has one thread (as above), or as many as asked for and each GEMM is one sgemm call that
 * OpenBLAS threads itself; any other pairing is refused by
 * {@link #OpenBlasKernelBackend(int) the constructor} with the setting to change.
 *
 * <p>Why the cut in Java: both ways ran the DCGAN and MLP GEMMs (batch 64) at about the same
 * speed on the 2-core AMD EPYC (Zen 5) development machine, OpenBLAS 0.3.21 (one pass of each DCGAN
 * kernel workload: 23.4 ms and 23.0 ms), but with OpenBLAS threading itself its threads spin beside
 * the backend's workers between calls, and CycleGAN's smaller GEMMs (batch 4) ran at half the speed:
 * a residual block's 3x3 convolution forward at 51 GFLOP/s against 90 cut in Java, the PatchGAN's
 * third at 53 against 118 ({@code KernelThroughput}, best of 3). The last bits of OpenBLAS's results
 * change both with its own thread count and with how the product is cut (measured), which is why
 * the cut is fixed for a thread count.
 *
 * <p>OpenBLAS 0.3.21 does not know that Zen 5 CPU and uses its AVX2 kernels there
 * ({@code OPENBLAS_VERBOSE=2} prints "Core: Haswell"); with {@code OPENBLAS_CORETYPE=SkylakeX} it
 * uses its AVX-512 kernels; one thread once reached 110–170 GFLOP/s on the same GEMMs, but measured
 * again best of 3 on a quiet machine it ran them at 94–98 GFLOP/s against 98–104 for the AVX2 kernels,
 * so nothing sets it by default. Try it on AVX-512 CPUs newer than the installed OpenBLAS.
 */
public final class OpenBlasKernelBackend extends GemmKernelBackend {
    /** The name {@code GAN4J_KERNELS} uses. */
    public static final String NAME = "openblas";

    /** Below this many multiply-adds a GEMM is one call even when the backend cuts GEMMs over threads. */
    static final long SERIAL_MULTIPLY_ADDS = 1L << 18;

    private final NativeBLAS blas;
    private final boolean cutInJava;

    /**
     * A backend that uses {@code threads} threads.
     *
     * @throws KernelUnavailableException when OpenBLAS does not load, or its pool size rules out
     *                                    {@code threads} (the message says which variable to set)
     * @throws IllegalArgumentException   when {@code threads} is below 1
     */
    public OpenBlasKernelBackend(int threads) {
        this(OpenBlasLibrary.load(), threads);
    }

    OpenBlasKernelBackend(OpenBlasLibrary library, int threads) {
        // its bits already depend on the thread count (the GEMM's cut), so the convolutions may cut by items
        super(NAME, threads, true);
        int openBlasThreads = library.poolThreads();
        if (openBlasThreads != 1 && openBlasThreads != threads) {
            throw new KernelUnavailableException("OpenBLAS (" + library.path() + ") runs every large call on "
                    + openBlasThreads + " threads, but the openblas backend was asked for " + threads + "; set "
                    + "OPENBLAS_NUM_THREADS=1 so the backend threads it itself, or GAN4J_THREADS=" + openBlasThreads + ".");
        }
        this.blas = library.blas();
        this.cutInJava = openBlasThreads == 1 && threads > 1;
    }

    @Override
    protected void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                            float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        if (m == 1 || n == 1) {
            matrixVector(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
            return;
        }
        if (runsSerially(m, n, k)) {
            block(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, 0, m, 0, n, 0f);
            return;
        }
        WorkerPool pool = pool();
        int parts = pool.threads();
        boolean byColumns = n >= parts * COLUMN_ALIGN;
        int usable = Math.min(parts, byColumns ? n : m);
        pool.run(usable, part -> {
            if (byColumns) {
                block(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, 0, m,
                        alignedColumnBound(n, usable, part, COLUMN_ALIGN),
                        alignedColumnBound(n, usable, part + 1, COLUMN_ALIGN), 0f);
            } else {
                block(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset,
                        (int) ((long) m * part / usable), (int) ((long) m * (part + 1) / usable), 0, n, 0f);
            }
        });
    }

    /** Whether a product stays one call on the calling thread: one thread, or too small to cut. */
    private boolean runsSerially(int m, int n, int k) {
        return !cutInJava || (long) m * n * k < SERIAL_MULTIPLY_ADDS;
    }

    /**
     * A product with one row or one column as sgemv, cut over the threads by ranges of the result
     * when it is large. OpenBLAS 0.3.21's sgemm does not hand such products to its gemv kernel:
     * a DCGAN generator's input layer at batch 1 (1x100 times 100x6272) took 151 us as sgemm and 40 us
     * as sgemv, a third of the generator's forward pass at one thread.
     */
    private void matrixVector(boolean transposeA, boolean transposeB, int m, int n, int k,
                              float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        int length = n == 1 ? m : n;
        int parts = runsSerially(m, n, k) ? 1 : Math.min(threads(), length / COLUMN_ALIGN);
        if (parts <= 1) {
            vectorRange(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, 0, length);
            return;
        }
        pool().run(parts, part -> vectorRange(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset,
                alignedColumnBound(length, parts, part, COLUMN_ALIGN), alignedColumnBound(length, parts, part + 1, COLUMN_ALIGN)));
    }

    /**
     * Elements [from, to) of the result of {@link #matrixVector}: rows of c when n = 1 (c = op(a) · b,
     * b's k values contiguous whichever way it is stored), else columns of the one row (c = a · op(b)).
     * A row-major matrix read column-major is its transpose, as in {@link #block}.
     */
    private void vectorRange(boolean transposeA, boolean transposeB, int m, int n, int k,
                             float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset, int from, int to) {
        int count = to - from;
        if (n == 1) {
            if (transposeA) {
                // a is stored k×m: column-major m×k, lda m
                blas.sgemv("N", count, k, 1f, a, aOffset + from, m, b, bOffset, 1, 0f, c, cOffset + from, 1);
            } else {
                // a is stored m×k: column-major k×m, lda k
                blas.sgemv("T", k, count, 1f, a, aOffset + from * k, k, b, bOffset, 1, 0f, c, cOffset + from, 1);
            }
        } else if (transposeB) {
            // b is stored n×k: column-major k×n, ldb k
            blas.sgemv("T", k, count, 1f, b, bOffset + from * k, k, a, aOffset, 1, 0f, c, cOffset + from, 1);
        } else {
            // b is stored k×n: column-major n×k, ldb n
            blas.sgemv("N", count, k, 1f, b, bOffset + from, n, a, aOffset, 1, 0f, c, cOffset + from, 1);
        }
    }

    /** One sgemm call on the column range in place: OpenBLAS runs it on the calling thread (its own pool has one thread). */
    @Override
    protected void multiplyOnThisThread(boolean transposeA, boolean transposeB, int m, int n, int k,
                                        float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset,
                                        int j0, int j1, boolean accumulate) {
        block(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, 0, m, j0, j1, accumulate ? 1f : 0f);
    }

    /**
     * Rows [i0, i1) and columns [j0, j1) of the row-major c = op(a) · op(b) + beta · c (beta 0
     * overwrites, 1 accumulates), as one column-major sgemm: cᵀ = op(b)ᵀ · op(a)ᵀ, where a row-major
     * matrix read column-major is its transpose.
     */
    private void block(boolean transposeA, boolean transposeB, int m, int n, int k,
                       float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset,
                       int i0, int i1, int j0, int j1, float beta) {
        int bStart = bOffset + (transposeB ? j0 * k : j0);
        int ldb = transposeB ? k : n;
        int aStart = aOffset + (transposeA ? i0 : i0 * k);
        int lda = transposeA ? m : k;
        blas.sgemm(transposeB ? "T" : "N", transposeA ? "T" : "N", j1 - j0, i1 - i0, k,
                1f, b, bStart, ldb, a, aStart, lda, beta, c, cOffset + i0 * n + j0, n);
    }

    @Override
    public String toString() {
        if (threads() == 1) {
            return NAME + " (1 thread)";
        }
        return NAME + " (" + threads() + " threads, " + (cutInJava ? "cut in Java" : "OpenBLAS-threaded") + ")";
    }
}
