package dev.gan4j.core.kernel;

/** A backend provider whose backend cannot run here, failing with {@code reason}, for the tests of choosing one. */
record UnavailableProvider(String name, int priority, String reason) implements KernelBackendProvider {
    @Override
    public KernelBackend create(int threads) {
        throw new KernelUnavailableException(reason);
    }
}
