package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class InitTest {

    @Test
    void normalHasTheAskedMeanAndStandardDeviation() {
        Tensor t = filled(Init.normal(0, 0.02), 400, 500);
        assertThat(mean(t)).isCloseTo(0.0, within(3e-4));
        assertThat(std(t)).isCloseTo(0.02, within(0.02 * 0.01));
    }

    @Test
    void xavierUniformAndNormalScaleWithBothFans() {
        // [256, 512]: fan-in 512, fan-out 256.
        double bound = 1.5 * Math.sqrt(6.0 / 768);
        Tensor u = filled(Init.xavierUniform(1.5), 256, 512);
        assertThat(maxAbs(u)).isLessThanOrEqualTo(bound);
        assertThat(std(u)).isCloseTo(bound / Math.sqrt(3), within(bound / Math.sqrt(3) * 0.01));
        Tensor n = filled(Init.xavierNormal(1.0), 256, 512);
        assertThat(std(n)).isCloseTo(Math.sqrt(2.0 / 768), within(Math.sqrt(2.0 / 768) * 0.01));
        assertThat(mean(n)).isCloseTo(0.0, within(4 * Math.sqrt(2.0 / 768) / Math.sqrt(256 * 512)));
    }

    @Test
    void kaimingUsesTheChosenFanAndTheLeakyReluGain() {
        // Conv weight [64, 32, 3, 3]: fan-in 288, fan-out 576.
        double gain = Math.sqrt(2.0 / (1 + 0.2 * 0.2));
        Tensor in = filled(Init.kaimingUniform(Init.FanMode.FAN_IN, 0.2), 64, 32, 3, 3);
        double bound = Math.sqrt(3) * gain / Math.sqrt(288);
        assertThat(maxAbs(in)).isLessThanOrEqualTo(bound);
        assertThat(std(in)).isCloseTo(gain / Math.sqrt(288), within(gain / Math.sqrt(288) * 0.015));
        Tensor out = filled(Init.kaimingNormal(Init.FanMode.FAN_OUT, 0), 64, 32, 3, 3);
        assertThat(std(out)).isCloseTo(Math.sqrt(2.0 / 576), within(Math.sqrt(2.0 / 576) * 0.015));
        assertThat(Init.leakyReluGain(0)).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void pytorchDefaultIsUniformWithinOneOverRootFanIn() {
        Linear linear = new Linear(400, 300, new Rng(1));
        double bound = 1 / Math.sqrt(400);
        assertThat(maxAbs(linear.weight())).isLessThanOrEqualTo(bound);
        assertThat(std(linear.weight())).isCloseTo(bound / Math.sqrt(3), within(bound / Math.sqrt(3) * 0.01));
        assertThat(maxAbs(linear.bias())).isLessThanOrEqualTo(bound).isGreaterThan(bound * 0.8);
    }

    @Test
    void transposedConvolutionFanInIsItsSecondAxisAsInPyTorch() {
        assertThat(Init.fanIn(Shape.of(128, 64, 4, 4))).isEqualTo(64 * 16);
        assertThat(Init.fanOut(Shape.of(128, 64, 4, 4))).isEqualTo(128 * 16);
        ConvTranspose2d deconv = new ConvTranspose2d(128, 64, 4, 2, 1, new Rng(2));
        assertThat(maxAbs(deconv.weight())).isLessThanOrEqualTo(1 / Math.sqrt(64 * 16))
                .isGreaterThan(0.99 / Math.sqrt(64 * 16));
    }

    @Test
    void theSameSeedGivesTheSameBitsAndAnotherSeedOthers() {
        for (Init init : new Init[] {Init.normal(0, 1), Init.xavierUniform(1), Init.kaimingNormal(Init.FanMode.FAN_IN, 0),
                                     Init.pytorchDefaultWeight()}) {
            float[] a = fill(init, 1).data();
            assertThat(fill(init, 1).data()).containsExactly(a);
            assertThat(fill(init, 2).data()).isNotEqualTo(a);
        }
    }

    @Test
    void fanBasedInitialisersRejectVectors() {
        assertThatThrownBy(() -> Init.xavierUniform(1).fill(Tensor.zeros(5), new Rng(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5]").hasMessageContaining("rank 2");
        assertThatThrownBy(() -> Init.normal(0, -1)).hasMessageContaining("-1.0");
    }

    private static Tensor fill(Init init, long seed) {
        Tensor t = Tensor.zeros(20, 30);
        init.fill(t, new Rng(seed));
        return t;
    }

    private static Tensor filled(Init init, int... dims) {
        Tensor t = Tensor.zeros(dims);
        init.fill(t, new Rng(42));
        return t;
    }

    private static double mean(Tensor t) {
        double s = 0;
        for (float v : t.data()) {
            s += v;
        }
        return s / t.size();
    }

    private static double std(Tensor t) {
        double m = mean(t);
        double s = 0;
        for (float v : t.data()) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / t.size());
    }

    private static double maxAbs(Tensor t) {
        double m = 0;
        for (float v : t.data()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
