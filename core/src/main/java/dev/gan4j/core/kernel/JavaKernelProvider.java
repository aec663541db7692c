package dev.gan4j.core.kernel;

/**
 * Provides the {@link JavaKernelBackend}: always available, faster than the reference, slower than
 * a native GEMM, so it ranks between them.
 */
public final class JavaKernelProvider implements KernelBackendProvider {
    @Override
    public String name() {
        return JavaKernelBackend.NAME;
    }

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public KernelBackend create(int threads) {
        return new JavaKernelBackend(threads);
    }
}
