package dev.gan4j.core.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Compares six steps of each optimiser with PyTorch on a small fixed problem. The expected values
 * came from torch 1.13 (CPU, float32) through {@code src/test/resources/optim/torch_reference.py},
 * which documents the problem and regenerates them; the gradients here are computed exactly as
 * that script computes them, and on step 3 the bias has no gradient, so it must be skipped.
 */
class OptimizerTorchParityTest {
    private static final float[] W0 = {0.5f, -1.25f, 2.0f, -0.75f, 0.125f, 1.5f};
    private static final float[] B0 = {0.3f, -0.6f, 0.9f};
    private static final float[] TW = {1.0f, 0.5f, -1.0f, 0.25f, -0.5f, 2.0f};
    private static final float[] TB = {-0.2f, 0.4f, 0.1f};
    private static final float[] CW = {1.0f, 0.5f, 2.0f, 0.25f, 1.5f, 0.75f};
    private static final float[] CB = {0.6f, 1.2f, 0.3f};
    private static final int STEPS = 6;
    private static final int SKIP_B_AT = 3;
    private static final double RELATIVE_TOLERANCE = 1e-6;

    @Test
    void adamWithL2WeightDecayMatchesTorch() {
        assertMatchesTorch(ps -> Adam.builder().setParameters(ps).setLearningRate(0.05).optBeta1(0.9).optBeta2(0.999)
                        .optEpsilon(1e-8).optWeightDecay(0.1).build(),
                new float[] {0.791579783f, -0.951312661f, 1.70069182f, -0.452716112f, -0.169796064f, 1.78825355f},
                new float[] {0.0541850887f, -0.351509362f, 0.651944518f});
    }

    @Test
    void adamWithDecoupledWeightDecayMatchesTorchAdamW() {
        assertMatchesTorch(ps -> Adam.builder().setParameters(ps).setLearningRate(0.05).optBeta1(0.5).optBeta2(0.999)
                        .optEpsilon(1e-8).optWeightDecay(0.1, WeightDecayMode.DECOUPLED).build(),
                new float[] {0.757245481f, -0.923745334f, 1.64873087f, -0.443945527f, -0.15495725f, 1.73080528f},
                new float[] {0.0611670874f, -0.345055461f, 0.640079737f});
    }

    @Test
    void sgdWithMomentumMatchesTorch() {
        assertMatchesTorch(ps -> Sgd.builder().setParameters(ps).setLearningRate(0.05).optMomentum(0.9)
                        .optWeightDecay(0.01).build(),
                new float[] {1.1240176f, 0.0720746517f, -3.12504125f, -0.334942669f, -0.850070119f, 2.00465751f},
                new float[] {-0.0425121002f, 0.57480526f, 0.601171017f});
    }

    @Test
    void sgdWithNesterovMomentumMatchesTorch() {
        assertMatchesTorch(ps -> Sgd.builder().setParameters(ps).setLearningRate(0.05).optMomentum(0.9)
                        .optNesterov(true).optWeightDecay(0.01).build(),
                new float[] {1.12250054f, 0.217758343f, -2.18878651f, -0.263862789f, -0.751758397f, 2.03101397f},
                new float[] {-0.0945798531f, 0.614983916f, 0.537049174f});
    }

    @Test
    void centredRmsPropWithMomentumMatchesTorch() {
        assertMatchesTorch(ps -> RmsProp.builder().setParameters(ps).setLearningRate(0.01).optAlpha(0.9)
                        .optEpsilon(1e-8).optMomentum(0.5).optCentered(true).optWeightDecay(0.01).build(),
                new float[] {0.724182129f, -1.01056111f, 1.75835323f, -0.514765322f, -0.103911139f, 1.7237792f},
                new float[] {0.109029643f, -0.402255803f, 0.703832805f});
    }

    @Test
    void plainRmsPropMatchesTorch() {
        assertMatchesTorch(ps -> RmsProp.builder().setParameters(ps).setLearningRate(0.01).optAlpha(0.99)
                        .optEpsilon(1e-8).build(),
                new float[] {0.804970443f, -0.899204195f, 1.64272141f, -0.411724657f, -0.193937123f, 1.8049705f},
                new float[] {0.0215710178f, -0.296465755f, 0.602355957f});
    }

    private static void assertMatchesTorch(Function<List<Parameter>, Optimizer> make, float[] expectedW,
            float[] expectedB) {
        Tensor w = Tensor.of(W0.clone(), 2, 3).requiresGrad(true);
        Tensor b = Tensor.of(B0.clone(), 3).requiresGrad(true);
        Optimizer optimizer = make.apply(List.of(new Parameter("w", w), new Parameter("b", b)));
        for (int step = 1; step <= STEPS; step++) {
            w.setGrad(quadraticGradient(w, TW, CW));
            b.setGrad(step == SKIP_B_AT ? null : quadraticGradient(b, TB, CB));
            optimizer.step();
        }
        assertClose("w", w.data(), expectedW);
        assertClose("b", b.data(), expectedB);
    }

    /** 2 · c · (p − t), in the order torch evaluates {@code 2 * c * (p - t)}. */
    private static Tensor quadraticGradient(Tensor p, float[] target, float[] weight) {
        float[] g = new float[p.size()];
        for (int j = 0; j < g.length; j++) {
            g[j] = (2f * weight[j]) * (p.data()[j] - target[j]);
        }
        return Tensor.of(g, p.shape());
    }

    private static void assertClose(String name, float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int j = 0; j < expected.length; j++) {
            double tolerance = RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(expected[j]));
            assertThat((double) actual[j]).as("%s[%d]", name, j).isCloseTo(expected[j],
                    org.assertj.core.data.Offset.offset(tolerance));
        }
    }
}
