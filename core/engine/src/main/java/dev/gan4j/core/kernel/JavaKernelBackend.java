package dev.gan4j.core.kernel;

/**
 * The pure-Java backend, name {@value #NAME}: a packed, vectorisable GEMM ({@link JavaGemm}) and
 * the convolutions as im2col + GEMM ({@link Im2colConvolution}). It runs wherever Java does, so it
 * is the fallback where no native library loads.
 *
 * <p>Threads: a GEMM is cut into a fixed number of column (or row) ranges, one per thread of this
 * backend's own {@link WorkerPool}. Each element of the result is computed by one thread as the same
 * sequence of float operations whatever the cut, so results are bitwise equal for any thread count.
 * GEMMs under {@value #SERIAL_MULTIPLY_ADDS} multiply-adds run on the calling thread alone, where
 * handing work to another thread costs more than it saves.
 *
 * <p>Measured on the 2-core Zen 5 development machine (best of ten runs, machine busy): 40–49
 * GFLOP/s on one thread and 58–84 on two for the DCGAN and MLP GEMMs of batch 64, about 4 times a
 * plain triple loop; 36–40 (one thread) and 58–76 (two) for the large convolution passes. Its weak
 * spots are products with a short output side: a 64×16 weight gradient over k = 12544 runs at 9–13
 * GFLOP/s, a matrix-vector product at 3.
 */
public final class JavaKernelBackend extends GemmKernelBackend {
    /** The name {@code GAN4J_KERNELS} uses. */
    public static final String NAME = "java";

    /** Below this many multiply-adds a GEMM runs on one thread. */
    static final long SERIAL_MULTIPLY_ADDS = 1L << 17;
    /** Below this many output columns (and fewer than rows) the product is computed as cᵀ = op(b)ᵀ · op(a)ᵀ. */
    private static final int NARROW_COLUMNS = 64;

    private final ThreadLocal<JavaGemm.Scratch> scratch = ThreadLocal.withInitial(JavaGemm.Scratch::new);

    /**
     * A backend that uses {@code threads} threads.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public JavaKernelBackend(int threads) {
        super(NAME, threads);
    }

    @Override
    protected void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                            float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        if (n < NARROW_COLUMNS && m > n) {
            // A narrow c gives the vector loop too few columns: compute cᵀ = op(b)ᵀ · op(a)ᵀ, stored transposed.
            multiplyStrided(!transposeB, !transposeA, n, m, k, b, bOffset, a, aOffset, c, cOffset, 1, n);
        } else {
            multiplyStrided(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, n, 1);
        }
    }

    /** c = op(a) · op(b) with element (i, j) of c at cOffset + i·rowStride + j·colStride. */
    private void multiplyStrided(boolean transposeA, boolean transposeB, int m, int n, int k,
                                 float[] a, int aOffset, float[] b, int bOffset,
                                 float[] c, int cOffset, int rowStride, int colStride) {
        WorkerPool pool = pool();
        int parts = (long) m * n * k < SERIAL_MULTIPLY_ADDS ? 1 : pool.threads();
        if (parts == 1) {
            JavaGemm.multiply(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, rowStride,
                    colStride, 0, m, 0, n, scratch.get());
            return;
        }
        boolean byColumns = n >= parts * COLUMN_ALIGN * 4;
        int extent = byColumns ? n : m;
        int usable = Math.min(parts, extent);
        pool.run(usable, part -> {
            int from = byColumns ? alignedColumnBound(n, usable, part, COLUMN_ALIGN)
                    : (int) ((long) m * part / usable);
            int to = byColumns ? alignedColumnBound(n, usable, part + 1, COLUMN_ALIGN)
                    : (int) ((long) m * (part + 1) / usable);
            JavaGemm.Scratch s = scratch.get();
            if (byColumns) {
                JavaGemm.multiply(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, rowStride,
                        colStride, 0, m, from, to, s);
            } else {
                JavaGemm.multiply(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, rowStride,
                        colStride, from, to, 0, n, s);
            }
        });
    }
}
