package dev.gan4j.core.kernel;

/**
 * The heavy ops of the engine: matrix multiply and the three passes of a 2-D convolution.
 * Everything else (elementwise ops, reductions) stays in plain Java loops.
 *
 * <p>All arrays are row-major and packed. Every method overwrites its output (no accumulation).
 * A backend is thread-safe: one instance may be called from several threads. Implementations
 * must be deterministic: the same inputs on the same thread count give the same bits.
 * Backends are found through {@link KernelBackendProvider} and chosen by {@link Kernels}.
 */
public interface KernelBackend {
    /** The name used by {@code GAN4J_KERNELS} and {@code gan4j bench --kernels}. */
    String name();

    /** The number of threads this instance uses. */
    int threads();

    /**
     * The threads on which the engine may also run its elementwise loops, cut into fixed ranges
     * (so results stay the same for a given thread count); by default one, the calling thread.
     */
    default WorkerPool workers() {
        return WorkerPool.SERIAL;
    }

    /**
     * c = op(a) · op(b), with op(a) of shape m×k and op(b) of shape k×n.
     *
     * @param transposeA a is stored k×m and is used transposed
     * @param transposeB b is stored n×k and is used transposed
     */
    void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
              float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset);

    /** y = conv(x, w) for the geometry {@code g}: x [N,C,H,W], w [O,C,kh,kw], y [N,O,Ho,Wo]. */
    void conv2d(ConvGeometry g, float[] x, float[] w, float[] y);

    /** dx = the adjoint of conv(·, w) applied to dy: the input gradient, and a transposed convolution. */
    void conv2dInputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx);

    /** dw = the weight gradient of conv for input x and output gradient dy. */
    void conv2dWeightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw);
}
