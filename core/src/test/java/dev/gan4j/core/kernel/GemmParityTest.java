package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GemmParityTest {
    /** m, n, k: odd, tiny, skinny (n = 1 and m = 1), wider than one packed block, and the DCGAN linear shapes. */
    private static final int[][] SHAPES = {
        {1, 1, 1}, {7, 13, 5}, {33, 70, 129}, {64, 1, 300}, {1, 57, 40}, {5, 200, 17}, {130, 65, 3},
        {3, 1100, 9}, {40, 30, 260}, {64, 100, 30}};
    private static final ReferenceKernelBackend REFERENCE = new ReferenceKernelBackend();

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return BackendsUnderTest.all();
    }

    @ParameterizedTest(name = "{0} with {1} threads")
    @MethodSource("backends")
    void gemmMatchesReferenceForAllTransposesShapesAndOffsets(String name, int threads) {
        KernelBackend backend = BackendsUnderTest.create(name, threads);
        Random random = new Random(11);
        for (int[] shape : SHAPES) {
            for (int flags = 0; flags < 4; flags++) {
                boolean ta = (flags & 1) != 0;
                boolean tb = (flags & 2) != 0;
                int m = shape[0];
                int n = shape[1];
                int k = shape[2];
                int aOffset = 3;
                int bOffset = 5;
                int cOffset = 7;
                float[] a = BackendsUnderTest.gaussian(random, aOffset + m * k + 4);
                float[] b = BackendsUnderTest.gaussian(random, bOffset + k * n + 4);
                float[] expected = new float[cOffset + m * n + 4];
                Arrays.fill(expected, 42f);
                float[] actual = expected.clone();
                REFERENCE.gemm(ta, tb, m, n, k, a, aOffset, b, bOffset, expected, cOffset);
                backend.gemm(ta, tb, m, n, k, a, aOffset, b, bOffset, actual, cOffset);
                String what = backend + " gemm " + m + "x" + n + "x" + k + (ta ? " aT" : "") + (tb ? " bT" : "");
                ParityAssert.assertClose(what, expected, actual, cOffset, m * n);
                assertThat(Arrays.copyOfRange(actual, 0, cOffset)).as(what + " before c").containsOnly(42f);
                assertThat(Arrays.copyOfRange(actual, cOffset + m * n, actual.length)).as(what + " after c").containsOnly(42f);
            }
        }
    }

    @ParameterizedTest(name = "{0} with {1} threads")
    @MethodSource("backends")
    void gemmWithEmptyInnerDimensionWritesZeros(String name, int threads) {
        KernelBackend backend = BackendsUnderTest.create(name, threads);
        float[] c = {9, 9, 9, 9, 9, 9, 9};
        backend.gemm(false, true, 2, 3, 0, new float[0], 0, new float[0], 0, c, 1);
        assertThat(c).containsExactly(9, 0, 0, 0, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0} with {1} threads")
    @MethodSource("backends")
    void gemmRejectsAnArrayTooShortForItsMatrix(String name, int threads) {
        KernelBackend backend = BackendsUnderTest.create(name, threads);
        assertThatThrownBy(() -> backend.gemm(false, false, 4, 4, 4, new float[16], 1, new float[16], 0, new float[16], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gemm array a has 16 elements")
                .hasMessageContaining("4x4 matrix at offset 1");
    }
}
