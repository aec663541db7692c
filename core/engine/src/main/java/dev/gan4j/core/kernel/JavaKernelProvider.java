package dev.gan4j.core.kernel;

/**
 * Provides the {@link JavaKernelBackend}. Priority 50: always available and many times faster than
 * the reference (0), but measured at a third to a half of the native GEMMs (openblas 100,
 * onnxruntime 150), so it is the fallback where neither loads.
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
