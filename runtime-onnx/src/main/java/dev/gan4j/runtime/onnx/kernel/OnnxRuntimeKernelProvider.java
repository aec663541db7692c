package dev.gan4j.runtime.onnx.kernel;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.KernelBackendProvider;

/**
 * Provides the {@link OnnxRuntimeKernelBackend}. Stateless: ONNX Runtime is started only when
 * {@link #create} is called.
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
