package dev.gan4j.core.kernel;

/**
 * Provides the {@link OneDnnKernelBackend}. Stateless: oneDNN is loaded only when {@link #create}
 * is called.
 *
 * <p>Priority 90, behind openblas (100): where both run, the default backend is chosen between them
 * by measurement ({@link KernelCalibration}), and the tests, which choose by priority so that their
 * bits do not depend on a measurement, keep openblas's.
 */
public final class OneDnnKernelProvider implements KernelBackendProvider {
    @Override
    public String name() {
        return OneDnnKernelBackend.NAME;
    }

    @Override
    public int priority() {
        return 90;
    }

    @Override
    public KernelBackend create(int threads) {
        return new OneDnnKernelBackend(threads);
    }
}
