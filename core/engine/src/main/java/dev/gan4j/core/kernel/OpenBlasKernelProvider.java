package dev.gan4j.core.kernel;

/**
 * Provides the {@link OpenBlasKernelBackend}. Stateless: the native library is loaded only when
 * {@link #create} is called.
 *
 * <p>Priority 100: one pass of each DCGAN kernel workload took 37.3 ms on one thread and 23.0 ms
 * on two, against 76.0 and 47.8 ms for the pure-Java backend; it ranks behind the onnxruntime
 * backend (150), which is faster on one thread and as fast on two, where runtime-onnx is on the
 * classpath (see {@code KernelThroughput}).
 */
public final class OpenBlasKernelProvider implements KernelBackendProvider {
    @Override
    public String name() {
        return OpenBlasKernelBackend.NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public KernelBackend create(int threads) {
        return new OpenBlasKernelBackend(threads);
    }
}
