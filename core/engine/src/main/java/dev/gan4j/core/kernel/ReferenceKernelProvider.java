package dev.gan4j.core.kernel;

/** Provides the {@link ReferenceKernelBackend}; lowest priority, since it is the slowest. */
public final class ReferenceKernelProvider implements KernelBackendProvider {
    @Override
    public String name() {
        return ReferenceKernelBackend.NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public KernelBackend create(int threads) {
        return new ReferenceKernelBackend();
    }
}
