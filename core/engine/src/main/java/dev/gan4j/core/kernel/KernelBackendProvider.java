package dev.gan4j.core.kernel;

/**
 * A {@link java.util.ServiceLoader} entry that makes a {@link KernelBackend}. Providers are
 * tiny and stateless; the backend (and any native library) is created only on {@link #create}.
 */
public interface KernelBackendProvider {
    /** The backend's name, as {@code GAN4J_KERNELS} spells it. */
    String name();

    /**
     * The order of preference among available backends, higher first. Set from measurement of
     * the DCGAN training iteration (see the README's benchmark section).
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
