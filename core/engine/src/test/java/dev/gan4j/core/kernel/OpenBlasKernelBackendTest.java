package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs where the system OpenBLAS loads (Debian: libopenblas0-pthread) and skips, saying why,
 * elsewhere. Loading puts OpenBLAS on one thread, so every thread count runs here, cut in Java;
 * only where that cannot be bound does OpenBLAS keep the environment's pool, and then the refusal
 * test below runs.
 */
class OpenBlasKernelBackendTest extends KernelBackendContract {
    @Override
    protected KernelBackend create(int threads) {
        try {
            return new OpenBlasKernelBackend(threads);
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "openblas with " + threads + " threads cannot run here: " + e.getMessage());
            throw e;
        }
    }

    @Test
    void refusesAThreadCountOpenBlasWillNotUseAndSaysWhatToSet() {
        OpenBlasLibrary library = OpenBlasLibraryTest.loadedOrSkipped();
        assumeTrue(library.poolThreads() > 1, "OpenBLAS runs one thread here (set at load, or OPENBLAS_NUM_THREADS=1), so every count works");
        int other = library.poolThreads() + 1;
        try {
            new OpenBlasKernelBackend(library, other);
        } catch (KernelUnavailableException e) {
            assertThat(e.getMessage()).contains("OPENBLAS_NUM_THREADS=1").contains("GAN4J_THREADS=" + library.poolThreads());
            return;
        }
        throw new AssertionError("A backend with " + other + " threads was created although OpenBLAS runs "
                + library.poolThreads());
    }
}
