package dev.gan4j.runtime.onnx.kernel;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.KernelBackendProvider;

/**
 * Provides the {@link OnnxRuntimeKernelBackend}. Stateless: ONNX Runtime is started only when
 * {@link #create} is called.
 *
 * <p>Priority 150, the highest: on the 2-core Zen 5 development machine (best of repeated runs of
 * {@code KernelThroughput}, machine busy) its GEMMs ran at 130–160 GFLOP/s on one thread against
 * 83–95 for OpenBLAS 0.3.21 (which uses AVX2 kernels there), and on two threads it matched
 * OpenBLAS (about 25 ms against 28 ms for one pass of each DCGAN kernel workload). It also honours
 * any thread count, where OpenBLAS is bound to its own pool size.
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
