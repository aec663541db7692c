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
        return new NaiveByItemsBackend(threads);
    }

    /** Plain triple loops, cut by items in the convolutions. */
    private static final class NaiveByItemsBackend extends GemmKernelBackend {
        NaiveByItemsBackend(int threads) {
            super("naive-by-items", threads, true);
        }

        @Override
        protected void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                                float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int p = 0; p < k; p++) {
                        float left = transposeA ? a[aOffset + p * m + i] : a[aOffset + i * k + p];
                        float right = transposeB ? b[bOffset + j * k + p] : b[bOffset + p * n + j];
                        sum += (double) left * right;
                    }
                    c[cOffset + i * n + j] = (float) sum;
                }
            }
        }
    }
}
