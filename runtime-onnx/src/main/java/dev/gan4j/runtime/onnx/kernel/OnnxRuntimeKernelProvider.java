package dev.gan4j.runtime.onnx.kernel;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.KernelBackendProvider;

/**
 * Provides the {@link OnnxRuntimeKernelBackend}. Stateless: ONNX Runtime is started only when
 * {@link #create} is called.
 *
 * <p>Priority 150, tried first ({@link dev.gan4j.core.kernel.Kernels#best}); the default backend is the
 * fastest one by measurement on the machine ({@link dev.gan4j.core.kernel.KernelCalibration}). On the 2-core Zen 5 development machine (best of ten runs of
 * {@code KernelThroughput}, machine busy) its GEMMs ran at 138–159 GFLOP/s on one thread against
 * 89–100 for OpenBLAS 0.3.21 (which uses AVX2 kernels there), and one pass of each DCGAN kernel
 * workload took 29.3 ms against 37.3 ms; on two threads they tie (22.5 ms against 23.0–23.4 ms).
 * It also honours any thread count, where OpenBLAS is bound to its own pool size, and needs no
 * system package.
 */
public final class OnnxRuntimeKernelProvider implements KernelBackendProvider {
    @Override
    public String name() {
        return OnnxRuntimeKernelBackend.NAME;
    }

    @Override
    public int priority() {
        return 150;
    }

    @Override
    public KernelBackend create(int threads) {
        return new OnnxRuntimeKernelBackend(threads);
    }
}
