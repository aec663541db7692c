package dev.gan4j.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizerBehaviourTest {
    @Test
    void parameterWithoutGradientKeepsItsValuesAndState() {
        List<Parameter> ps = OptimizerStateTest.parameters(new Rng(5));
        Adam adam = Adam.builder().setParameters(ps).setLearningRate(0.1).build();
        ps.get(0).tensor().setGrad(Tensor.ones(3, 4));
        ps.get(1).tensor().setGrad(Tensor.ones(4));
        adam.step();
        float[] biasBefore = ps.get(1).tensor().toArray();
        Map<String, float[]> stateBefore = adam.state();

        ps.get(1).tensor().zeroGrad();
        adam.step();

        assertThat(ps.get(1).tensor().data()).isEqualTo(biasBefore);
        Map<String, float[]> stateAfter = adam.state();
        for (String key : List.of("gen.bias.exp_avg", "gen.bias.exp_avg_sq", "gen.bias.step")) {
            assertThat(stateAfter.get(key)).as(key).isEqualTo(stateBefore.get(key));
        }
        assertThat(stateAfter.get("gen.weight.step")).containsExactly(2f);
    }

    @Test
    void stepLeavesASharedGradientTensorUnchanged() {
        Tensor a = Tensor.of(new float[] {1, 2, 3}, 3).requiresGrad(true);
        Tensor b = Tensor.of(new float[] {-1, 0, 4}, 3).requiresGrad(true);
        Tensor shared = Tensor.of(new float[] {0.5f, -0.25f, 2f}, 3);
        a.setGrad(shared);
        b.setGrad(shared);
        List<Parameter> ps = List.of(new Parameter("a", a), new Parameter("b", b));
        for (Optimizer optimizer : List.of(
                Adam.builder().setParameters(ps).setLearningRate(0.1).optWeightDecay(0.1).build(),
                Sgd.builder().setParameters(ps).setLearningRate(0.1).optMomentum(0.9).optWeightDecay(0.1).build(),
                RmsProp.builder().setParameters(ps).setLearningRate(0.1).optCentered(true).optWeightDecay(0.1)
                        .build())) {
            optimizer.step();
            assertThat(shared.data()).as(optimizer.toString()).containsExactly(0.5f, -0.25f, 2f);
        }
    }

    @Test
    void adamFirstStepMovesEachWeightByTheLearningRateAgainstItsGradientSign() {
        Tensor w = Tensor.of(new float[] {1, 1, 1}, 3).requiresGrad(true);
        w.setGrad(Tensor.of(new float[] {3, -0.01f, 200}, 3));
        Adam.builder().setParameters(List.of(new Parameter("w", w))).setLearningRate(0.01).build().step();
        assertThat(w.data()[0]).isCloseTo(0.99f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(w.data()[1]).isCloseTo(1.01f, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(w.data()[2]).isCloseTo(0.99f, org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void plainSgdSubtractsTheLearningRateTimesTheGradient() {
        Tensor w = Tensor.of(new float[] {1, 2}, 2).requiresGrad(true);
        w.setGrad(Tensor.of(new float[] {0.5f, -4f}, 2));
        Sgd.builder().setParameters(List.of(new Parameter("w", w))).setLearningRate(0.25).build().step();
        assertThat(w.data()).containsExactly(0.875f, 3f);
    }

    @Test
    void zeroGradClearsEveryGradient() {
        List<Parameter> ps = OptimizerStateTest.parameters(new Rng(2));
        ps.forEach(p -> p.tensor().setGrad(Tensor.ones(p.tensor().dims())));
        Sgd.builder().setParameters(ps).setLearningRate(0.1).build().zeroGrad();
        assertThat(ps).allSatisfy(p -> assertThat(p.tensor().grad()).isNull());
    }

    @Test
    void buildWithoutParametersSaysToCallSetParameters() {
        assertThatThrownBy(() -> Adam.builder().setLearningRate(0.1).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("call setParameters(");
    }

    @Test
    void buildWithoutLearningRateSaysToCallSetLearningRate() {
        List<Parameter> ps = OptimizerStateTest.parameters(new Rng(2));
        assertThatThrownBy(() -> RmsProp.builder().setParameters(ps).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("call setLearningRate(");
    }

    @Test
    void buildRejectsABetaOutsideTheUnitIntervalNamingTheSetter() {
        List<Parameter> ps = OptimizerStateTest.parameters(new Rng(2));
        assertThatThrownBy(() -> Adam.builder().setParameters(ps).setLearningRate(0.1).optBeta2(1.0).build())
                .hasMessageContaining("beta2 of Adam must be in [0, 1), but was 1.0")
                .hasMessageContaining("optBeta2(");
    }

    @Test
    void nesterovWithoutMomentumIsRejected() {
        List<Parameter> ps = OptimizerStateTest.parameters(new Rng(2));
        assertThatThrownBy(() -> Sgd.builder().setParameters(ps).setLearningRate(0.1).optNesterov(true).build())
                .hasMessageContaining("needs a momentum above 0");
    }

    @Test
    void duplicateParameterNamesAreRejected() {
        Tensor t = Tensor.zeros(2);
        List<Parameter> ps = List.of(new Parameter("x", t), new Parameter("x", Tensor.zeros(2)));
        assertThatThrownBy(() -> Sgd.builder().setParameters(ps).setLearningRate(0.1).build())
                .hasMessageContaining("the name \"x\" twice");
    }

    @Test
    void negativeLearningRateIsRejectedBySetLearningRate() {
        Sgd sgd = Sgd.builder().setParameters(OptimizerStateTest.parameters(new Rng(2))).setLearningRate(0.1).build();
        assertThatThrownBy(() -> sgd.setLearningRate(-1)).hasMessageContaining("but was -1.0");
        sgd.setLearningRate(0.5);
        assertThat(sgd.learningRate()).isEqualTo(0.5);
    }
}
