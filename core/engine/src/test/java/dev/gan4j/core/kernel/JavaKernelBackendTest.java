package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaKernelBackendTest extends KernelBackendContract {
    @Override
    protected KernelBackend create(int threads) {
        return new JavaKernelBackend(threads);
    }

    @Test
    void givesTheSameBitsOnOneTwoAndThreeThreads() {
        float[][] one = runAll(new JavaKernelBackend(1));
        assertThat(runAll(new JavaKernelBackend(2))).isEqualTo(one);
        assertThat(runAll(new JavaKernelBackend(3))).isEqualTo(one);
    }

    @Test
    void reportsItsNameAndThreads() {
        KernelBackend backend = new JavaKernelBackend(2);
        assertThat(backend.name()).isEqualTo("java");
        assertThat(backend.threads()).isEqualTo(2);
    }
}
