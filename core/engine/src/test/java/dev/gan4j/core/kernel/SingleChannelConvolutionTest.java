package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct one-output-channel kernels: which geometries they take, and that their bits do not
 * depend on how many threads share the work (their agreement with the reference backend is part of
 * {@link KernelBackendContract}).
 */
class SingleChannelConvolutionTest {
    /** The CycleGAN generator's last layer, narrowed: 7×7 over a padded 12×12 input, one output channel. */
    private static final ConvGeometry GEOMETRY = new ConvGeometry(5, 9, 12, 12, 1, 7, 7, 1, 1, 3, 3);

    @Test
    void takesOnlyOneOutputChannelAtUnitStride() {
        assertThat(SingleChannelConvolution.handles(GEOMETRY)).isTrue();
        assertThat(SingleChannelConvolution.handles(new ConvGeometry(2, 3, 8, 8, 2, 3, 3, 1, 1, 1, 1))).isFalse();
        assertThat(SingleChannelConvolution.handles(new ConvGeometry(2, 3, 8, 8, 1, 3, 3, 2, 1, 1, 1))).isFalse();
        assertThat(SingleChannelConvolution.handles(new ConvGeometry(2, 3, 8, 8, 1, 3, 3, 1, 2, 1, 1))).isFalse();
    }

    @Test
    void everyPassGivesTheSameBitsOnOneAndThreeThreads() {
        Random random = new Random(7);
        float[] x = KernelBackendContract.gaussian(random, GEOMETRY.inputSize());
        float[] w = KernelBackendContract.gaussian(random, GEOMETRY.weightSize());
        float[] dy = KernelBackendContract.gaussian(random, GEOMETRY.outputSize());
        float[][] serial = passes(new SingleChannelConvolution(new WorkerPool(1)), x, w, dy);
        float[][] threaded = passes(new SingleChannelConvolution(new WorkerPool(3)), x, w, dy);
        for (int pass = 0; pass < 3; pass++) {
            assertThat(threaded[pass]).isEqualTo(serial[pass]);
        }
    }

    private static float[][] passes(SingleChannelConvolution convolution, float[] x, float[] w, float[] dy) {
        float[] y = new float[GEOMETRY.outputSize()];
        float[] dx = new float[GEOMETRY.inputSize()];
        float[] dw = new float[GEOMETRY.weightSize()];
        convolution.forward(GEOMETRY, x, w, y);
        convolution.inputGrad(GEOMETRY, dy, w, dx);
        convolution.weightGrad(GEOMETRY, x, dy, dw);
        return new float[][] {y, dx, dw};
    }
}
