package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.gaussian;

import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finite-difference gradient checks of matmul and of the ops that move values: reshape, permute,
 * transpose, concat, slice, embed, indexSelect and indexAdd. Each output is multiplied by fixed
 * weights inside the check, so a gradient sent to the wrong element fails.
 */
class ShapeGradientTest {

    @ParameterizedTest(name = "transposeA {0}, transposeB {1}")
    @CsvSource({"false, false", "false, true", "true, false", "true, true"})
    void matmulMatchesFiniteDifferences(boolean transposeA, boolean transposeB) {
        int m = 3;
        int k = 4;
        int n = 2;
        Tensor a = transposeA ? gaussian(1, k, m) : gaussian(1, m, k);
        Tensor b = transposeB ? gaussian(2, n, k) : gaussian(2, k, n);
        GradientCheck.standard().check(in -> in.get(0).matmul(in.get(1), transposeA, transposeB), a, b);
    }

    @Test
    void matmulOfAMatrixWithItselfGetsBothPaths() {
        GradientCheck.standard().check(in -> in.get(0).matmul(in.get(0), false, true), gaussian(3, 3, 4));
    }

    @Test
    void reshapeMatchesFiniteDifferences() {
        GradientCheck.standard().check(in -> in.get(0).reshape(3, 8).tanh(), gaussian(4, 2, 3, 4));
    }

    @Test
    void reshapeWithInferredDimensionMatchesFiniteDifferences() {
        GradientCheck.standard().check(in -> in.get(0).reshape(-1, 6).square(), gaussian(5, 2, 3, 2));
        GradientCheck.standard().check(in -> in.get(0).reshape(2, -1).square(), gaussian(6, 2, 3, 2));
    }

    @ParameterizedTest(name = "order {0}")
    @ValueSource(strings = {"0,2,3,1", "3,2,1,0", "1,0,2,3", "0,1,3,2", "2,0,3,1", "0,1,2,3", "-1,0,1,2"})
    void permuteMatchesFiniteDifferences(String order) {
        int[] axes = Arrays.stream(order.split(",")).mapToInt(Integer::parseInt).toArray();
        GradientCheck.standard().check(in -> in.get(0).permute(axes), gaussian(7, 2, 3, 4, 2));
    }

    @Test
    void transposeMatchesFiniteDifferences() {
        GradientCheck.standard().check(in -> in.get(0).transpose(0, 1), gaussian(8, 3, 4));
        GradientCheck.standard().check(in -> in.get(0).transpose(1, -1), gaussian(9, 2, 3, 4));
    }

    @ParameterizedTest(name = "axis {0}")
    @ValueSource(ints = {0, 1, 2, -1})
    void concatOfSeveralPartsMatchesFiniteDifferences(int axis) {
        int[] a = {2, 3, 2};
        int[] b = {2, 3, 2};
        int[] c = {2, 3, 2};
        int d = axis < 0 ? 2 : axis;
        a[d] = 1;
        b[d] = 2;
        c[d] = 3;
        GradientCheck.standard().check(in -> Tensor.concat(axis, in.get(0), in.get(1), in.get(2)),
                gaussian(10, a), gaussian(11, b), gaussian(12, c));
    }

    @Test
    void concatOfOneTensorWithItselfGetsBothPaths() {
        GradientCheck.standard().check(in -> Tensor.concat(1, List.of(in.get(0), in.get(0).square())),
                gaussian(13, 2, 3));
    }

    @ParameterizedTest(name = "axis {0}, [{1}, {2})")
    @CsvSource({"0, 1, 3", "1, 0, 2", "2, 2, 4", "-1, 1, 2", "1, 0, 3"})
    void sliceMatchesFiniteDifferences(int axis, int start, int end) {
        GradientCheck.standard().check(in -> in.get(0).slice(axis, start, end), gaussian(14, 3, 3, 4));
    }

    @ParameterizedTest(name = "axis {0}, at {1} of {2}")
    @CsvSource({"0, 1, 4", "1, 0, 5", "2, 2, 5", "-1, 0, 3"})
    void embedMatchesFiniteDifferences(int axis, int start, int size) {
        GradientCheck.standard().check(in -> ShapeOps.embed(in.get(0), axis, start, size), gaussian(15, 2, 3, 3));
    }

    @ParameterizedTest(name = "axis {0}")
    @ValueSource(ints = {0, 1, 2, -2})
    void indexSelectWithRepeatedIndicesMatchesFiniteDifferences(int axis) {
        int[] indices = {2, 0, 2, 1, 2};
        GradientCheck.standard().check(in -> in.get(0).indexSelect(axis, indices), gaussian(16, 3, 3, 3));
    }

    @ParameterizedTest(name = "axis {0}")
    @ValueSource(ints = {0, 1, 2})
    void indexAddWithRepeatedIndicesMatchesFiniteDifferences(int axis) {
        int[] indices = {1, 3, 1, 0};
        int[] dims = {3, 3, 3};
        dims[axis] = indices.length;
        GradientCheck.standard().check(in -> ShapeOps.indexAdd(in.get(0), axis, indices, 4).square(),
                gaussian(17, dims));
    }
}
