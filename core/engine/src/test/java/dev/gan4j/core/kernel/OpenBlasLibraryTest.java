package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

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
}
