package dev.gan4j.core.kernel;

/**
 * The whole kernel contract for a backend that cuts convolution batches by items but keeps
 * {@link GemmKernelBackend}'s default column-range product (a packed block, copied into place), so
 * that default and the by-items paths are checked against the reference on every geometry, not only
 * through OpenBLAS's override.
 */
class BatchByItemsBackendTest extends KernelBackendContract {
    @Override
    protected KernelBackend create(int threads) {
        return new ReferenceByItemsBackend(threads);
    }

    /** The reference backend's plain loops as the GEMM, cut by items in the convolutions. */
    private static final class ReferenceByItemsBackend extends GemmKernelBackend {
        private final ReferenceKernelBackend reference = new ReferenceKernelBackend();

        ReferenceByItemsBackend(int threads) {
            super("reference-by-items", threads, true);
        }

        @Override
        protected void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                                float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
            reference.gemm(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
        }
    }
}
