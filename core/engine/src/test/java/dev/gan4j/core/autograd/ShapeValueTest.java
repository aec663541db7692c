package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.counting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Forward values of matmul and the ops that move values, against hand values and plain loops. */
class ShapeValueTest {

    @ParameterizedTest(name = "transposeA {0}, transposeB {1}")
    @CsvSource({"false, false", "false, true", "true, false", "true, true"})
    void matmulAgreesWithAPlainLoop(boolean transposeA, boolean transposeB) {
        Rng rng = new Rng(1);
        int m = 5;
        int k = 7;
        int n = 3;
        Tensor a = transposeA ? Tensor.randn(rng, k, m) : Tensor.randn(rng, m, k);
        Tensor b = transposeB ? Tensor.randn(rng, n, k) : Tensor.randn(rng, k, n);
        Tensor c = a.matmul(b, transposeA, transposeB);
        assertThat(c.dims()).containsExactly(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double acc = 0;
                for (int p = 0; p < k; p++) {
                    acc += (transposeA ? a.get(p, i) : a.get(i, p)) * (double) (transposeB ? b.get(j, p) : b.get(p, j));
                }
                assertThat((double) c.get(i, j)).isCloseTo(acc, within(1e-5));
            }
        }
    }

    @Test
    void matmulAgreesWithHandValues() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor b = Tensor.of(new float[] {1, 0, 0, 1, 1, 1}, 3, 2);
        assertThat(a.matmul(b).toArray()).containsExactly(4, 5, 10, 11);
        assertThat(a.matmul(a, false, true).toArray()).containsExactly(14, 32, 32, 77);
    }

    @Test
    void reshapeKeepsTheOrderOfValuesAndInfersMinusOne() {
        Tensor x = counting(2, 3, 4);
        assertThat(x.reshape(6, -1).dims()).containsExactly(6, 4);
        assertThat(x.reshape(-1).dims()).containsExactly(24);
        assertThat(x.reshape(4, -1, 2).dims()).containsExactly(4, 3, 2);
        assertThat(x.reshape(6, 4).toArray()).containsExactly(x.toArray());
        assertThat(x.reshape(2, 3, 4)).isSameAs(x);
    }

    static Stream<Arguments> permutations() {
        List<int[]> all = new ArrayList<>();
        permute(new int[] {0, 1, 2, 3}, 0, all);
        return all.stream().map(Arguments::of);
    }

    private static void permute(int[] order, int from, List<int[]> out) {
        if (from == order.length) {
            out.add(order.clone());
            return;
        }
        for (int i = from; i < order.length; i++) {
            int t = order[from];
            order[from] = order[i];
            order[i] = t;
            permute(order, from + 1, out);
            order[i] = order[from];
            order[from] = t;
        }
    }

    @ParameterizedTest(name = "order {0}")
    @MethodSource("permutations")
    void permuteAgreesWithAPlainLoop(int[] order) {
        int[] dims = {2, 3, 1, 4};
        Tensor x = counting(dims);
        Tensor y = x.permute(order);
        for (int d = 0; d < 4; d++) {
            assertThat(y.dim(d)).isEqualTo(dims[order[d]]);
        }
        int[] out = new int[4];
        int[] in = new int[4];
        for (out[0] = 0; out[0] < y.dim(0); out[0]++) {
            for (out[1] = 0; out[1] < y.dim(1); out[1]++) {
                for (out[2] = 0; out[2] < y.dim(2); out[2]++) {
                    for (out[3] = 0; out[3] < y.dim(3); out[3]++) {
                        for (int d = 0; d < 4; d++) {
                            in[order[d]] = out[d];
                        }
                        assertThat(y.get(out)).isEqualTo(x.get(in));
                    }
                }
            }
        }
        assertThat(y.permute(inverse(order)).toArray()).containsExactly(x.toArray());
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"'1,0,2,3,4'", "'2,3,0,1,4'", "'0,1,2,3,4'", "'4,2,3,0,1'", "'0,2,1,4,3'", "'3,4,0,1,2'"})
    void permuteWithAxesThatStayNeighboursAgreesWithAPlainLoop(String orderText) {
        int[] order = Arrays.stream(orderText.split(",")).mapToInt(Integer::parseInt).toArray();
        int[] dims = {2, 1, 3, 4, 2};
        Tensor x = counting(dims);
        Tensor y = x.permute(order);
        int[] in = new int[dims.length];
        for (int flat = 0; flat < y.size(); flat++) {
            int rest = flat;
            for (int d = dims.length - 1; d >= 0; d--) {
                in[order[d]] = rest % y.dim(d);
                rest /= y.dim(d);
            }
            assertThat(y.data()[flat]).as("element %d", flat).isEqualTo(x.get(in));
        }
    }

    private static int[] inverse(int[] order) {
        int[] inv = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inv[order[i]] = i;
        }
        return inv;
    }

    @Test
    void transposeOfAMatrixAgreesWithHandValues() {
        Tensor x = counting(2, 3);
        assertThat(x.transpose(0, 1).toArray()).containsExactly(0, 3, 1, 4, 2, 5);
        assertThat(x.transpose(-1, -2).dims()).containsExactly(3, 2);
        assertThat(Tensor.scalar(4f).permute().item()).isEqualTo(4f);
    }

    @Test
    void sliceAndEmbedAgreeWithHandValues() {
        Tensor x = counting(2, 4);
        assertThat(x.slice(1, 1, 3).toArray()).containsExactly(1, 2, 5, 6);
        assertThat(x.slice(0, 1, 2).toArray()).containsExactly(4, 5, 6, 7);
        assertThat(x.slice(-1, 2, 2).dims()).containsExactly(2, 0);
        Tensor small = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
        assertThat(ShapeOps.embed(small, 1, 1, 4).toArray()).containsExactly(0, 1, 2, 0, 0, 3, 4, 0);
        assertThat(ShapeOps.embed(small, 0, 1, 3).toArray()).containsExactly(0, 0, 1, 2, 3, 4);
    }

    @Test
    void concatAlongEachAxisAgreesWithHandValues() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
        Tensor b = Tensor.of(new float[] {5, 6}, 2, 1);
        Tensor c = Tensor.of(new float[] {7, 8}, 1, 2);
        assertThat(Tensor.concat(1, a, b, b).toArray()).containsExactly(1, 2, 5, 5, 3, 4, 6, 6);
        assertThat(Tensor.concat(0, a, c, c).toArray()).containsExactly(1, 2, 3, 4, 7, 8, 7, 8);
        assertThat(Tensor.concat(-1, List.of(b, a)).toArray()).containsExactly(5, 1, 2, 6, 3, 4);
    }

    @Test
    void indexSelectAndIndexAddAgreeWithHandValues() {
        Tensor table = counting(3, 2); // rows [0, 1], [2, 3], [4, 5]
        assertThat(table.indexSelect(0, new int[] {2, 0, 2}).toArray()).containsExactly(4, 5, 0, 1, 4, 5);
        assertThat(table.indexSelect(1, new int[] {1, 1}).toArray()).containsExactly(1, 1, 3, 3, 5, 5);
        assertThat(table.indexSelect(-2, new int[] {}).dims()).containsExactly(0, 2);
        Tensor rows = Tensor.of(new float[] {1, 1, 2, 2, 3, 3}, 3, 2);
        // repeated index 0 gets the sum of both rows sent to it
        assertThat(ShapeOps.indexAdd(rows, 0, new int[] {0, 3, 0}, 4).toArray()).containsExactly(4, 4, 0, 0, 0, 0, 2, 2);
        assertThat(ShapeOps.indexAdd(rows, 1, new int[] {2, 2}, 3).toArray()).containsExactly(0, 0, 2, 0, 0, 4, 0, 0, 6);
    }

    @Test
    void embeddingGradientAddsUpRepeatedRows() {
        Tensor table = counting(3, 2).requiresGrad(true);
        table.indexSelect(0, new int[] {1, 1, 2, 1}).sum().backward();
        assertThat(table.grad().toArray()).containsExactly(0, 0, 3, 3, 1, 1);
    }
}
