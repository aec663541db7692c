package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class KernelDistanceTest {
    @Test
    void unbiasedEstimateMatchesADirectSumOnASmallCase() {
        Tensor x = Tensor.of(new float[] {0, 1, 1, 0, 1, 1}, 3, 2);
        Tensor y = Tensor.of(new float[] {2, 0, 0, 2, -1, 1}, 3, 2);
        double expected = direct(x, y);
        assertThat(KernelDistance.unbiasedMmd2(x, y)).isCloseTo(expected, within(1e-9));
    }

    private static double kernel(float[] a, int i, float[] b, int j) {
        double dot = a[i * 2] * b[j * 2] + a[i * 2 + 1] * b[j * 2 + 1];
        return Math.pow(dot / 2 + 1, 3);
    }

    private static double direct(Tensor x, Tensor y) {
        float[] a = x.data();
        float[] b = y.data();
        int m = 3;
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i != j) {
                    xx += kernel(a, i, a, j);
                    yy += kernel(b, i, b, j);
                }
                xy += kernel(a, i, b, j);
            }
        }
        return xx / (m * (m - 1)) + yy / (m * (m - 1)) - 2 * xy / (m * m);
    }

    @Test
    void sameDistributionGivesNearZeroAndAShiftGivesMore() {
        Rng rng = new Rng(1);
        Tensor real = Tensor.randn(rng, 2000, 16);
        Tensor same = Tensor.randn(rng, 2000, 16);
        Tensor shifted = Tensor.randn(rng, 2000, 16).add(0.5f);
        Tensor further = Tensor.randn(rng, 2000, 16).add(1.0f);
        KernelDistance kid = new KernelDistance(20, 500);
        double zero = kid.evaluate(real, same, new Rng(2)).mean();
        double small = kid.evaluate(real, shifted, new Rng(2)).mean();
        double large = kid.evaluate(real, further, new Rng(2)).mean();
        assertThat(Math.abs(zero)).isLessThan(0.05);
        assertThat(small).isGreaterThan(zero + 0.1);
        assertThat(large).isGreaterThan(small);
    }

    @Test
    void rejectsFeaturesOfDifferentDimensions() {
        assertThatThrownBy(() -> KernelDistance.standard().evaluate(Tensor.zeros(10, 3), Tensor.zeros(10, 4),
                new Rng(1))).hasMessageContaining("[10, 3]").hasMessageContaining("[10, 4]");
    }
}
