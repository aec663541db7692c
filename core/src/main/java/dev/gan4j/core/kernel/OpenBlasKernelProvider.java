package dev.gan4j.core.kernel;

/**
 * Provides the {@link OpenBlasKernelBackend}. Stateless: the native library is loaded only when
 * {@link #create} is called.
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
