package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The openblas backend on the path OPENBLAS_NUM_THREADS=1 takes, whatever the environment of the
 * test run says: each product cut into column or row ranges, one sgemm per thread.
 */
class OpenBlasCutInJavaTest extends KernelBackendContract {
    @Override
    protected KernelBackend create(int threads) {
        try {
            return new OpenBlasKernelBackend(OpenBlasLibrary.load().withPoolThreads(1), threads);
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "OpenBLAS does not load here: " + e.getMessage());
            throw e;
        }
    }

    @Test
    void saysItCutsProductsInJava() {
        assertThat(create(2).toString()).contains("cut in Java");
    }
}
