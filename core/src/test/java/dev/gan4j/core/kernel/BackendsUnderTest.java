package dev.gan4j.core.kernel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The fast backends the parity and determinism tests run, and random data for them. */
final class BackendsUnderTest {
    private BackendsUnderTest() {
    }

    /** Backend name and thread count, for every fast backend at 1, 2 and 3 threads. */
    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of(JavaKernelBackend.NAME, 1),
                Arguments.of(JavaKernelBackend.NAME, 2),
                Arguments.of(JavaKernelBackend.NAME, 3),
                Arguments.of(OpenBlasKernelBackend.NAME, 1),
                Arguments.of(OpenBlasKernelBackend.NAME, 2));
    }

    /**
     * Creates the backend, or skips the test (visibly, with the reason) where it cannot run here:
     * no OpenBLAS, or an OpenBLAS thread pool that rules out this thread count.
     */
    static KernelBackend create(String name, int threads) {
        try {
            return Kernels.create(name, threads);
        } catch (KernelUnavailableException e) {
            assumeTrue(false, name + " with " + threads + " threads is not available here: " + e.getMessage());
            throw e;
        }
    }

    /** Gaussian values with a fixed seed. */
    static float[] gaussian(Random random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
