package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KernelDeterminismTest {
    /** The DCGAN discriminator's second convolution, batch 8: large enough that every pass uses both threads. */
    private static final ConvGeometry CONV = new ConvGeometry(8, 64, 14, 14, 128, 4, 4, 2, 2, 1, 1);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {JavaKernelBackend.NAME, OpenBlasKernelBackend.NAME})
    void sameInputsTwiceOnTwoThreadsGiveTheSameBits(String name) {
        KernelBackend backend = BackendsUnderTest.create(name, 2);
        assertThat(runAll(backend)).isEqualTo(runAll(backend));
    }

    @Test
    void javaBackendGivesTheSameBitsOnOneTwoAndThreeThreads() {
        float[][] one = runAll(new JavaKernelBackend(1));
        assertThat(runAll(new JavaKernelBackend(2))).isEqualTo(one);
        assertThat(runAll(new JavaKernelBackend(3))).isEqualTo(one);
    }

    /** The outputs of a big gemm in all four transpose combinations and of the three convolution passes. */
    private static float[][] runAll(KernelBackend backend) {
        Random random = new Random(5);
        int m = 96;
        int n = 777;
        int k = 301;
        float[] a = BackendsUnderTest.gaussian(random, m * k);
        float[] b = BackendsUnderTest.gaussian(random, k * n);
        float[][] out = new float[7][];
        for (int flags = 0; flags < 4; flags++) {
            out[flags] = new float[m * n];
            backend.gemm((flags & 1) != 0, (flags & 2) != 0, m, n, k, a, 0, b, 0, out[flags], 0);
        }
        float[] x = BackendsUnderTest.gaussian(random, CONV.inputSize());
        float[] w = BackendsUnderTest.gaussian(random, CONV.weightSize());
        float[] dy = BackendsUnderTest.gaussian(random, CONV.outputSize());
        out[4] = new float[CONV.outputSize()];
        backend.conv2d(CONV, x, w, out[4]);
        out[5] = new float[CONV.inputSize()];
        backend.conv2dInputGrad(CONV, dy, w, out[5]);
        out[6] = new float[CONV.weightSize()];
        backend.conv2dWeightGrad(CONV, x, dy, out[6]);
        return out;
    }
}
