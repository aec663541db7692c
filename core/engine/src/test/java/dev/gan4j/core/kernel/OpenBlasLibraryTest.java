package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenBlasLibraryTest {
    @Test
    void poolSizeFollowsOpenBlasEnvironmentOrder() {
        assertThat(OpenBlasLibrary.poolThreads(Map.of(), 8)).isEqualTo(8);
        assertThat(OpenBlasLibrary.poolThreads(Map.of("OMP_NUM_THREADS", "3"), 8)).isEqualTo(3);
        assertThat(OpenBlasLibrary.poolThreads(Map.of("OMP_NUM_THREADS", "3", "GOTO_NUM_THREADS", "2"), 8)).isEqualTo(2);
        assertThat(OpenBlasLibrary.poolThreads(Map.of("OMP_NUM_THREADS", "3", "OPENBLAS_NUM_THREADS", "1"), 8)).isEqualTo(1);
    }

    @Test
    void poolSizeIsCappedAtTheCoresAndSkipsUnusableValues() {
        assertThat(OpenBlasLibrary.poolThreads(Map.of("OPENBLAS_NUM_THREADS", "64"), 4)).isEqualTo(4);
        assertThat(OpenBlasLibrary.poolThreads(Map.of("OPENBLAS_NUM_THREADS", "zero", "OMP_NUM_THREADS", "2"), 4)).isEqualTo(2);
        assertThat(OpenBlasLibrary.poolThreads(Map.of("OPENBLAS_NUM_THREADS", "0"), 4)).isEqualTo(4);
    }

    @Test
    void loadingPutsOpenBlasOnOneThreadWhateverTheEnvironmentSays() {
        OpenBlasLibrary library = loadedOrSkipped();
        assumeTrue(!library.path().contains("openblas-serial"), "the serial OpenBLAS always has one thread");
        OpenBlasThreadControl control = OpenBlasThreadControl.bind(library.path()).orElseThrow(
                () -> new AssertionError("openblas_set_num_threads could not be bound in " + library.path()));
        assertThat(control.threads()).isEqualTo(1);
        assertThat(library.poolThreads()).isEqualTo(1);
        // every thread count now runs, cut in Java, without matching OPENBLAS_NUM_THREADS
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(new OpenBlasKernelBackend(library, cores + 1)).hasToString("openblas (" + (cores + 1)
                + " threads, cut in Java)");
        assertThat(new OpenBlasKernelBackend(library, 2)).hasToString("openblas (2 threads, cut in Java)");
    }

    @Test
    void aLibraryThatIsNotThereBindsNothing() {
        assertThat(OpenBlasThreadControl.bind("/nonexistent/libopenblas-gan4j-test.so")).isEmpty();
    }

    /** The system OpenBLAS, or the calling test skipped (saying why) where it does not load. */
    static OpenBlasLibrary loadedOrSkipped() {
        try {
            return OpenBlasLibrary.load();
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "OpenBLAS does not load here: " + e.getMessage());
            throw e;
        }
    }
}
