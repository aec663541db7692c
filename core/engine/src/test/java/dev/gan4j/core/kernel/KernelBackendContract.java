package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tests every {@link KernelBackend} must pass, against {@link ReferenceKernelBackend}: gemm in
 * all four transpose combinations with nonzero offsets, the three convolution passes on odd
 * geometries, outputs overwritten rather than accumulated, and the same bits for the same inputs.
 * A backend's test class extends this and says how to create the backend; where the backend
 * cannot run with some thread count, {@link #create} skips with {@code assumeTrue}, so the skip shows.
 */
public abstract class KernelBackendContract {
    /** Allowed error relative to the element's magnitude plus the root mean square of the reference output. */
    public static final double RELATIVE_TOLERANCE = 1e-4;

    /**
     * m, n, k: tiny, odd, skinny (n = 1 and m = 1, small and large enough to be cut over threads),
     * wider than a packed block, linear-layer shapes, and two large enough (over 2^18 multiply-adds)
     * that backends cut them over threads, by columns and by rows.
     */
    private static final int[][] GEMM_SHAPES = {
        {1, 1, 1}, {7, 13, 5}, {33, 70, 129}, {64, 1, 300}, {1, 57, 40}, {5, 200, 17}, {130, 65, 3},
        {3, 1100, 9}, {40, 30, 260}, {64, 100, 30}, {37, 701, 45}, {603, 35, 29}, {1, 6001, 50}, {701, 1, 400}};

    /**
     * Odd sizes, strides 1/2/3, paddings 0/1/2/3, non-square kernels, batch 1 and more, 1 and odd channel
     * counts, and one output channel at unit stride with and without padding.
     */
    private static final List<ConvGeometry> GEOMETRIES = List.of(
            new ConvGeometry(1, 1, 5, 7, 1, 3, 3, 1, 1, 0, 0),
            new ConvGeometry(2, 3, 9, 11, 5, 3, 2, 1, 1, 1, 1),
            new ConvGeometry(3, 1, 13, 10, 4, 4, 4, 2, 2, 1, 1),
            new ConvGeometry(1, 5, 11, 13, 3, 2, 5, 3, 2, 2, 0),
            new ConvGeometry(4, 3, 7, 7, 7, 1, 1, 1, 1, 0, 0),
            new ConvGeometry(2, 7, 8, 9, 1, 5, 3, 2, 3, 2, 1),
            new ConvGeometry(5, 2, 6, 5, 3, 3, 3, 3, 3, 2, 2),
            new ConvGeometry(1, 3, 3, 4, 2, 4, 5, 1, 2, 2, 2),
            new ConvGeometry(65, 1, 28, 28, 8, 4, 4, 2, 2, 1, 1),
            // one output channel at unit stride (the direct kernels): padding in one or both dimensions, none, wide kernels
            new ConvGeometry(3, 6, 9, 8, 1, 4, 3, 1, 1, 2, 1),
            new ConvGeometry(2, 5, 16, 13, 1, 7, 5, 1, 1, 0, 0),
            new ConvGeometry(5, 3, 6, 7, 1, 2, 2, 1, 1, 0, 2),
            new ConvGeometry(4, 9, 12, 12, 1, 7, 7, 1, 1, 3, 3),
            // unit stride, no padding, several output channels (the input planes used in place, not copied): short
            // rows like the CycleGAN residual blocks' 3×3 on reflection-padded 9×9, and rows of 18
            new ConvGeometry(3, 4, 9, 8, 3, 3, 3, 1, 1, 0, 0),
            new ConvGeometry(2, 3, 10, 19, 2, 3, 2, 1, 1, 0, 0),
            // 30 items of 144 taps × 1024 positions exceed one 16 MiB im2col run: covers runs and their sum.
            new ConvGeometry(30, 16, 32, 32, 3, 3, 3, 1, 1, 1, 1),
            // 12 items of 144 taps × 400 positions: two 2 MiB runs whose columns are kept together
            new ConvGeometry(12, 16, 20, 20, 4, 3, 3, 1, 1, 1, 1),
            // 8 channels or more on both sides (what the onednn backend hands to oneDNN): odd sizes, mixed strides
            // and paddings, a non-square kernel, batch 1, a far-side padding larger than the near one, and one that
            // would be negative (stride 3 not dividing the padded input)
            new ConvGeometry(3, 9, 11, 13, 10, 3, 5, 2, 1, 1, 2),
            new ConvGeometry(2, 16, 7, 7, 24, 4, 4, 1, 1, 1, 1),
            new ConvGeometry(4, 8, 14, 14, 16, 4, 4, 2, 2, 1, 1),
            new ConvGeometry(1, 8, 9, 9, 8, 3, 3, 1, 1, 0, 0),
            new ConvGeometry(2, 12, 10, 9, 8, 3, 3, 3, 2, 0, 1),
            // channels in whole blocks of 16 per thread and activations smaller than the weight: onednn cuts these
            // by channels at 2 threads (a residual block's shape), and batch 1 at 3 threads runs on an OpenMP team
            new ConvGeometry(4, 32, 9, 9, 64, 3, 3, 1, 1, 0, 0),
            new ConvGeometry(1, 64, 10, 10, 32, 3, 3, 1, 1, 1, 1));

    /** The DCGAN discriminator's second convolution, batch 8: large enough that every pass is threaded. */
    private static final ConvGeometry DETERMINISM_CONV = new ConvGeometry(8, 64, 14, 14, 128, 4, 4, 2, 2, 1, 1);

    private static final ReferenceKernelBackend REFERENCE = new ReferenceKernelBackend();

    /**
     * Creates the backend under test with {@code threads} threads, or skips the test with
     * {@code assumeTrue(false, reason)} where it cannot run here.
     */
    protected abstract KernelBackend create(int threads);

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3})
    void gemmMatchesReferenceForAllTransposesShapesAndOffsets(int threads) {
        KernelBackend backend = create(threads);
        Random random = new Random(11);
        for (int[] shape : GEMM_SHAPES) {
            for (int flags = 0; flags < 4; flags++) {
                boolean ta = (flags & 1) != 0;
                boolean tb = (flags & 2) != 0;
                int m = shape[0];
                int n = shape[1];
                int k = shape[2];
                int aOffset = 3;
                int bOffset = 5;
                int cOffset = 7;
                float[] a = gaussian(random, aOffset + m * k + 4);
                float[] b = gaussian(random, bOffset + k * n + 4);
                float[] expected = new float[cOffset + m * n + 4];
                Arrays.fill(expected, 42f);
                float[] actual = expected.clone();
                REFERENCE.gemm(ta, tb, m, n, k, a, aOffset, b, bOffset, expected, cOffset);
                backend.gemm(ta, tb, m, n, k, a, aOffset, b, bOffset, actual, cOffset);
                String what = backend + " gemm " + m + "x" + n + "x" + k + (ta ? " aT" : "") + (tb ? " bT" : "");
                assertClose(what, expected, actual, cOffset, m * n);
                assertThat(Arrays.copyOfRange(actual, 0, cOffset)).as(what + " before c").containsOnly(42f);
                assertThat(Arrays.copyOfRange(actual, cOffset + m * n, actual.length)).as(what + " after c").containsOnly(42f);
            }
        }
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void gemmWithEmptyInnerDimensionWritesZeros(int threads) {
        KernelBackend backend = create(threads);
        float[] c = {9, 9, 9, 9, 9, 9, 9};
        backend.gemm(false, true, 2, 3, 0, new float[0], 0, new float[0], 0, c, 1);
        assertThat(c).containsExactly(9, 0, 0, 0, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void gemmRejectsAnArrayTooShortForItsMatrix(int threads) {
        KernelBackend backend = create(threads);
        assertThatThrownBy(() -> backend.gemm(false, false, 4, 4, 4, new float[16], 1, new float[16], 0, new float[16], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gemm array a has 16 elements")
                .hasMessageContaining("4x4 matrix at offset 1");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3})
    void convolutionForwardMatchesReference(int threads) {
        KernelBackend backend = create(threads);
        Random random = new Random(21);
        for (ConvGeometry g : GEOMETRIES) {
            float[] x = gaussian(random, g.inputSize());
            float[] w = gaussian(random, g.weightSize());
            float[] expected = new float[g.outputSize()];
            float[] actual = garbage(g.outputSize());
            REFERENCE.conv2d(g, x, w, expected);
            backend.conv2d(g, x, w, actual);
            assertClose(backend + " conv2d " + g, expected, actual, 0, expected.length);
        }
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3})
    void convolutionInputGradientMatchesReference(int threads) {
        KernelBackend backend = create(threads);
        Random random = new Random(22);
        for (ConvGeometry g : GEOMETRIES) {
            float[] dy = gaussian(random, g.outputSize());
            float[] w = gaussian(random, g.weightSize());
            float[] expected = new float[g.inputSize()];
            float[] actual = garbage(g.inputSize());
            REFERENCE.conv2dInputGrad(g, dy, w, expected);
            backend.conv2dInputGrad(g, dy, w, actual);
            assertClose(backend + " conv2dInputGrad " + g, expected, actual, 0, expected.length);
        }
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3})
    void convolutionWeightGradientMatchesReference(int threads) {
        KernelBackend backend = create(threads);
        Random random = new Random(23);
        for (ConvGeometry g : GEOMETRIES) {
            float[] x = gaussian(random, g.inputSize());
            float[] dy = gaussian(random, g.outputSize());
            float[] expected = new float[g.weightSize()];
            float[] actual = garbage(g.weightSize());
            REFERENCE.conv2dWeightGrad(g, x, dy, expected);
            backend.conv2dWeightGrad(g, x, dy, actual);
            assertClose(backend + " conv2dWeightGrad " + g, expected, actual, 0, expected.length);
        }
    }

    /** The weight gradient right after the forward pass of the same input, which may reuse the forward's columns. */
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void weightGradientAfterForwardOfTheSameInputMatchesReference(int threads) {
        KernelBackend backend = create(threads);
        Random random = new Random(24);
        for (ConvGeometry g : GEOMETRIES) {
            float[] x = gaussian(random, g.inputSize());
            float[] w = gaussian(random, g.weightSize());
            float[] dy = gaussian(random, g.outputSize());
            float[] expected = new float[g.weightSize()];
            float[] actual = garbage(g.weightSize());
            REFERENCE.conv2dWeightGrad(g, x, dy, expected);
            backend.conv2d(g, x, w, new float[g.outputSize()]);
            backend.conv2dWeightGrad(g, x, dy, actual);
            assertClose(backend + " conv2dWeightGrad after conv2d " + g, expected, actual, 0, expected.length);
        }
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void emptyBatchGivesZeroWeightGradient(int threads) {
        KernelBackend backend = create(threads);
        ConvGeometry g = new ConvGeometry(0, 2, 5, 5, 3, 3, 3, 1, 1, 1, 1);
        float[] dw = garbage(g.weightSize());
        backend.conv2dWeightGrad(g, new float[0], new float[0], dw);
        assertThat(dw).containsOnly(0f);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void sameInputsTwiceGiveTheSameBits(int threads) {
        KernelBackend backend = create(threads);
        assertThat(runAll(backend)).isEqualTo(runAll(backend));
    }

    /**
     * The outputs, for fixed random inputs, of a gemm in all four transpose combinations (96×777×301)
     * and of the three passes of a DCGAN-sized convolution: for comparing bits between runs.
     */
    public static float[][] runAll(KernelBackend backend) {
        Random random = new Random(5);
        int m = 96;
        int n = 777;
        int k = 301;
        float[] a = gaussian(random, m * k);
        float[] b = gaussian(random, k * n);
        float[][] out = new float[7][];
        for (int flags = 0; flags < 4; flags++) {
            out[flags] = new float[m * n];
            backend.gemm((flags & 1) != 0, (flags & 2) != 0, m, n, k, a, 0, b, 0, out[flags], 0);
        }
        ConvGeometry g = DETERMINISM_CONV;
        float[] x = gaussian(random, g.inputSize());
        float[] w = gaussian(random, g.weightSize());
        float[] dy = gaussian(random, g.outputSize());
        out[4] = new float[g.outputSize()];
        backend.conv2d(g, x, w, out[4]);
        out[5] = new float[g.inputSize()];
        backend.conv2dInputGrad(g, dy, w, out[5]);
        out[6] = new float[g.weightSize()];
        backend.conv2dWeightGrad(g, x, dy, out[6]);
        return out;
    }

    /** Gaussian values from {@code random}. */
    public static float[] gaussian(Random random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /**
     * Fails unless every element in [offset, offset + length) is within {@value #RELATIVE_TOLERANCE}
     * of the reference, relative to the element's magnitude plus the root mean square of the whole
     * reference (so sums that cancel to near zero are not held to an impossible standard).
     */
    public static void assertClose(String what, float[] expected, float[] actual, int offset, int length) {
        double sumSquares = 0;
        for (int i = offset; i < offset + length; i++) {
            sumSquares += (double) expected[i] * expected[i];
        }
        double rms = Math.sqrt(sumSquares / Math.max(1, length));
        for (int i = offset; i < offset + length; i++) {
            double allowed = RELATIVE_TOLERANCE * (Math.abs(expected[i]) + rms) + 1e-30;
            if (!(Math.abs(actual[i] - expected[i]) <= allowed)) {
                fail(what + ": element " + (i - offset) + " is " + actual[i] + " but the reference gives " + expected[i]
                        + " (allowed difference " + allowed + ")");
            }
        }
    }

    /** Outputs start as garbage, so a backend that accumulates instead of overwriting fails. */
    private static float[] garbage(int size) {
        float[] values = new float[size];
        Arrays.fill(values, 1e3f);
        return values;
    }
}
