package dev.gan4j.core.kernel;

/**
 * A matrix multiply with the contract of {@link KernelBackend#gemm}: c = op(a) · op(b) on packed
 * row-major arrays, overwriting c. The convolutions of {@link Im2colConvolution} rest on it.
 */
@FunctionalInterface
public interface Gemm {
    /**
     * c = op(a) · op(b), with op(a) of shape m×k and op(b) of shape k×n.
     *
     * @param transposeA a is stored k×m and is used transposed
     * @param transposeB b is stored n×k and is used transposed
     */
    void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
              float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset);
}
