package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs where the system OpenBLAS loads (Debian: libopenblas0-pthread) and skips, saying why,
 * elsewhere. With OPENBLAS_NUM_THREADS unset OpenBLAS threads each call over all cores and only that
 * thread count runs here; {@link OpenBlasCutInJavaTest} runs the path OPENBLAS_NUM_THREADS=1 takes
 * at every thread count.
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
        OpenBlasLibrary library;
        try {
            library = OpenBlasLibrary.load();
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "OpenBLAS does not load here: " + e.getMessage());
            return;
        }
        assumeTrue(library.poolThreads() > 1, "OpenBLAS runs one thread here (OPENBLAS_NUM_THREADS=1), so every count works");
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
