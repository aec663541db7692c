package dev.gan4j.runtime.onnx.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.KernelUnavailableException;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.kernel.KernelBackendContract;
import dev.gan4j.core.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class OnnxRuntimeKernelBackendTest extends KernelBackendContract {
    @Override
    protected KernelBackend create(int threads) {
        try {
            return new OnnxRuntimeKernelBackend(threads);
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "onnxruntime cannot run here: " + e.getMessage());
            throw e;
        }
    }

    @Test
    void ranksFirstAmongTheBackendsOnTheClasspath() {
        assertThat(Kernels.providers()).extracting(p -> p.name())
                .containsExactly(OnnxRuntimeKernelBackend.NAME, "openblas", "onednn", "java", "reference");
    }

    @Test
    void isFoundByNameThroughItsServiceEntry() {
        KernelBackend backend;
        try {
            backend = Kernels.create(OnnxRuntimeKernelBackend.NAME, 2);
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "onnxruntime cannot run here: " + e.getMessage());
            return;
        }
        assertThat(backend).isInstanceOf(OnnxRuntimeKernelBackend.class);
        assertThat(backend.threads()).isEqualTo(2);
    }
}
