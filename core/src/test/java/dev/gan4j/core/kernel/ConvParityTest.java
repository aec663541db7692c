package dev.gan4j.core.kernel;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConvParityTest {
    private static final ReferenceKernelBackend REFERENCE = new ReferenceKernelBackend();

    /** Odd sizes, strides 1/2/3, paddings 0/1/2, non-square kernels, batch 1 and more, 1 and odd channel counts. */
    static final List<ConvGeometry> GEOMETRIES = List.of(
            new ConvGeometry(1, 1, 5, 7, 1, 3, 3, 1, 1, 0, 0),
            new ConvGeometry(2, 3, 9, 11, 5, 3, 2, 1, 1, 1, 1),
            new ConvGeometry(3, 1, 13, 10, 4, 4, 4, 2, 2, 1, 1),
            new ConvGeometry(1, 5, 11, 13, 3, 2, 5, 3, 2, 2, 0),
            new ConvGeometry(4, 3, 7, 7, 7, 1, 1, 1, 1, 0, 0),
            new ConvGeometry(2, 7, 8, 9, 1, 5, 3, 2, 3, 2, 1),
            new ConvGeometry(5, 2, 6, 5, 3, 3, 3, 3, 3, 2, 2),
            new ConvGeometry(1, 3, 3, 4, 2, 4, 5, 1, 2, 2, 2),
            new ConvGeometry(65, 1, 28, 28, 8, 4, 4, 2, 2, 1, 1),
            // 30 items of 144 taps × 1024 positions do not fit one run: covers the runs and the weight-gradient sum.
            new ConvGeometry(30, 16, 32, 32, 3, 3, 3, 1, 1, 1, 1));

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return BackendsUnderTest.all();
    }

    @ParameterizedTest(name = "{0} with {1} threads")
    @MethodSource("backends")
    void forwardMatchesReference(String name, int threads) {
        KernelBackend backend = BackendsUnderTest.create(name, threads);
        Random random = new Random(21);
        for (ConvGeometry g : GEOMETRIES) {
            float[] x = BackendsUnderTest.gaussian(random, g.inputSize());
            float[] w = BackendsUnderTest.gaussian(random, g.weightSize());
            float[] expected = new float[g.outputSize()];
            float[] actual = filled(g.outputSize());
            REFERENCE.conv2d(g, x, w, expected);
            backend.conv2d(g, x, w, actual);
            ParityAssert.assertClose(backend + " conv2d " + g, expected, actual, 0, expected.length);
        }
    }

    @ParameterizedTest(name = "{0} with {1} threads")
    @MethodSource("backends")
    void inputGradientMatchesReference(String name, int threads) {
        KernelBackend backend = BackendsUnderTest.create(name, threads);
        Random random = new Random(22);
        for (ConvGeometry g : GEOMETRIES) {
            float[] dy = BackendsUnderTest.gaussian(random, g.outputSize());
            float[] w = BackendsUnderTest.gaussian(random, g.weightSize());
            float[] expected = new float[g.inputSize()];
            float[] actual = filled(g.inputSize());
            REFERENCE.conv2dInputGrad(g, dy, w, expected);
            backend.conv2dInputGrad(g, dy, w, actual);
            ParityAssert.assertClose(backend + " conv2dInputGrad " + g, expected, actual, 0, expected.length);
        }
    }

    @ParameterizedTest(name = "{0} with {1} threads")
    @MethodSource("backends")
    void weightGradientMatchesReference(String name, int threads) {
        KernelBackend backend = BackendsUnderTest.create(name, threads);
        Random random = new Random(23);
        for (ConvGeometry g : GEOMETRIES) {
            float[] x = BackendsUnderTest.gaussian(random, g.inputSize());
            float[] dy = BackendsUnderTest.gaussian(random, g.outputSize());
            float[] expected = new float[g.weightSize()];
            float[] actual = filled(g.weightSize());
            REFERENCE.conv2dWeightGrad(g, x, dy, expected);
            backend.conv2dWeightGrad(g, x, dy, actual);
            ParityAssert.assertClose(backend + " conv2dWeightGrad " + g, expected, actual, 0, expected.length);
        }
    }

    @ParameterizedTest(name = "{0} with {1} threads")
    @MethodSource("backends")
    void emptyBatchGivesZeroWeightGradient(String name, int threads) {
        KernelBackend backend = BackendsUnderTest.create(name, threads);
        ConvGeometry g = new ConvGeometry(0, 2, 5, 5, 3, 3, 3, 1, 1, 1, 1);
        float[] dw = filled(g.weightSize());
        backend.conv2dWeightGrad(g, new float[0], new float[0], dw);
        ParityAssert.assertClose(backend + " empty batch", new float[g.weightSize()], dw, 0, dw.length);
    }

    /** Outputs start as garbage, so a backend that accumulates instead of overwriting fails. */
    private static float[] filled(int size) {
        float[] values = new float[size];
        java.util.Arrays.fill(values, 1e3f);
        return values;
    }
}
