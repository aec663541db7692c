package dev.gan4j.core.kernel;

/**
 * A {@link java.util.ServiceLoader} entry that makes a {@link KernelBackend}. Providers are
 * tiny and stateless; the backend (and any native library) is created only on {@link #create}.
 */
public interface KernelBackendProvider {
    /** The backend's name, as {@code GAN4J_KERNELS} spells it. */
    String name();

    /**
     * The order in which backends are listed and tried, higher first ({@link Kernels#best}). The
     * default backend is chosen among the available ones by measurement ({@link KernelCalibration});
     * a priority of 0 or less marks a backend that is never the default while another one runs
     * (the reference backend, the test oracle).
     */
    int priority();

    /**
     * Creates the backend.
     *
     * @param threads the number of threads it may use
     * @throws KernelUnavailableException when it cannot run here (a native library is missing),
     *                                    with a message that says what is missing and how to install it
     */
    KernelBackend create(int threads);
}
