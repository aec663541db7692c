package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.counting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Forward values of sum, mean and sumToShape, against hand values and a plain loop over every axis subset. */
class ReductionValueTest {

    @Test
    void sumAndMeanOfAMatrixAgreeWithHandValues() {
        Tensor x = counting(2, 3); // [[0, 1, 2], [3, 4, 5]]
        assertThat(x.sum().item()).isEqualTo(15f);
        assertThat(x.sum().rank()).isZero();
        assertThat(x.mean().item()).isEqualTo(2.5f);
        assertThat(x.sum(new int[] {0}, false).toArray()).containsExactly(3, 5, 7);
        assertThat(x.sum(new int[] {1}, false).toArray()).containsExactly(3, 12);
        assertThat(x.sum(new int[] {1}, true).dims()).containsExactly(2, 1);
        assertThat(x.sum(new int[] {-2}, true).dims()).containsExactly(1, 3);
        assertThat(x.mean(new int[] {1}, false).toArray()).containsExactly(1, 4);
        assertThat(x.mean(new int[] {0, 1}, true).dims()).containsExactly(1, 1);
        assertThat(x.sum(new int[] {}, false).toArray()).containsExactly(x.toArray());
    }

    @Test
    void perChannelSumOfAnImageBatchAgreesWithHandValues() {
        Tensor x = counting(2, 2, 2, 2);
        // channel 0 holds 0..3 and 8..11, channel 1 holds 4..7 and 12..15
        assertThat(x.sum(new int[] {0, 2, 3}, false).toArray()).containsExactly(44, 76);
        assertThat(x.mean(new int[] {0, 2, 3}, true).toArray()).containsExactly(5.5f, 9.5f);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(new int[] {2, 3, 4, 5}, new int[] {3, 1, 4, 1}, new int[] {1, 2, 1, 3}, new int[] {5, 2, 3},
                new int[] {1, 1, 6}, new int[] {7}, new int[] {2, 3, 2, 1, 2}).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void sumOverEverySubsetOfAxesAgreesWithAPlainLoop(int[] dims) {
        Tensor x = Tensor.randn(new Rng(dims.length), dims);
        for (int mask = 0; mask < 1 << dims.length; mask++) {
            int m = mask;
            int[] axes = IntStream.range(0, dims.length).filter(d -> (m & 1 << d) != 0).toArray();
            double[] expected = plainSum(x, m);
            Tensor kept = x.sum(axes, true);
            Tensor dropped = x.sum(axes, false);
            assertThat(kept.size()).isEqualTo(expected.length);
            assertThat(dropped.rank()).isEqualTo(dims.length - axes.length);
            for (int i = 0; i < expected.length; i++) {
                assertThat((double) kept.data()[i]).as("mask %d, element %d", m, i).isCloseTo(expected[i], within(1e-4));
                assertThat(dropped.data()[i]).isEqualTo(kept.data()[i]);
            }
        }
    }

    /** The sum over the axes flagged in {@code mask}, laid out with those axes as size 1. */
    private static double[] plainSum(Tensor x, int mask) {
        int[] dims = x.dims();
        int[] outDims = dims.clone();
        for (int d = 0; d < dims.length; d++) {
            if ((mask & 1 << d) != 0) {
                outDims[d] = 1;
            }
        }
        double[] out = new double[Shape.of(outDims).size()];
        int[] index = new int[dims.length];
        for (int flat = 0; flat < x.size(); flat++) {
            int rest = flat;
            for (int d = dims.length - 1; d >= 0; d--) {
                index[d] = rest % dims[d];
                rest /= dims[d];
            }
            int o = 0;
            for (int d = 0; d < dims.length; d++) {
                o = o * outDims[d] + (outDims[d] == 1 ? 0 : index[d]);
            }
            out[o] += x.data()[flat];
        }
        return out;
    }

    @Test
    void sumOfAnEmptyTensorIsZero() {
        assertThat(Tensor.zeros(0).sum().item()).isZero();
        assertThat(Tensor.zeros(3, 0).sum(new int[] {1}, false).toArray()).containsExactly(0, 0, 0);
        assertThat(Tensor.zeros(0, 3).sum(new int[] {0}, true).toArray()).containsExactly(0, 0, 0);
        assertThat(Tensor.zeros(2, 0).sum(new int[] {0}, false).dims()).containsExactly(0);
    }

    @Test
    void sumToShapeUndoesBroadcasting() {
        Tensor g = counting(2, 3, 2);
        assertThat(g.sumToShape(Shape.of(3, 1)).toArray()).containsExactly(14, 22, 30);
        assertThat(g.sumToShape(Shape.of(1, 3, 1)).toArray()).containsExactly(14, 22, 30);
        assertThat(g.sumToShape(Shape.of(2)).toArray()).containsExactly(30, 36);
        assertThat(g.sumToShape(Shape.of()).item()).isEqualTo(66f);
        assertThat(g.sumToShape(Shape.of(2, 3, 2))).isSameAs(g);
    }

    @Test
    void largeSumsAccumulateWithoutFloatDrift() {
        // a float accumulator stops growing at 2^24; the sum of 2^24 + 16 ones must still be exact
        int n = (1 << 24) + 16;
        assertThat(Tensor.ones(n).sum().item()).isEqualTo((float) n);
    }
}
