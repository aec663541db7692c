package dev.gan4j.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerStateTest {
    private static final int K = 5;

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("Adam", (Function<List<Parameter>, Optimizer>) ps -> Adam.builder().setParameters(ps)
                        .setLearningRate(1e-2).optBeta1(0.5).optWeightDecay(1e-3).build()),
                Arguments.of("AdamW", (Function<List<Parameter>, Optimizer>) ps -> Adam.builder().setParameters(ps)
                        .setLearningRate(1e-2).optWeightDecay(1e-2, WeightDecayMode.DECOUPLED).build()),
                Arguments.of("SGD", (Function<List<Parameter>, Optimizer>) ps -> Sgd.builder().setParameters(ps)
                        .setLearningRate(1e-2).optMomentum(0.9).optNesterov(true).build()),
                Arguments.of("plain SGD", (Function<List<Parameter>, Optimizer>) ps -> Sgd.builder()
                        .setParameters(ps).setLearningRate(1e-2).build()),
                Arguments.of("RMSprop", (Function<List<Parameter>, Optimizer>) ps -> RmsProp.builder()
                        .setParameters(ps).setLearningRate(1e-3).optMomentum(0.5).optCentered(true).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void restoredOptimizerContinuesBitForBit(String name, Function<List<Parameter>, Optimizer> make) {
        List<Parameter> original = parameters(new Rng(7));
        Optimizer first = make.apply(original);
        runSteps(first, original, 0, K);
        Map<String, float[]> saved = first.state();
        List<Parameter> copy = copyOf(original);
        runSteps(first, original, K, 2 * K);

        Optimizer fresh = make.apply(copy);
        fresh.restore(saved);
        runSteps(fresh, copy, K, 2 * K);

        for (int i = 0; i < original.size(); i++) {
            assertThat(copy.get(i).tensor().data()).as(original.get(i).name())
                    .isEqualTo(original.get(i).tensor().data());
        }
        Map<String, float[]> a = first.state();
        Map<String, float[]> b = fresh.state();
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((key, value) -> assertThat(b.get(key)).as(key).isEqualTo(value));
        assertThat(a.get("step")).containsExactly(2 * K);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void stateHoldsTheStepCountOfTheOptimizerAndOfEachParameter(String name,
            Function<List<Parameter>, Optimizer> make) {
        List<Parameter> ps = parameters(new Rng(3));
        Optimizer optimizer = make.apply(ps);
        runSteps(optimizer, ps, 0, 3);
        ps.get(1).tensor().zeroGrad();
        optimizer.step();
        Map<String, float[]> state = optimizer.state();
        assertThat(state.get("step")).containsExactly(4f);
        assertThat(state.get("gen.weight.step")).containsExactly(4f);
        assertThat(state.get("gen.bias.step")).containsExactly(3f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void restoreNamesAMissingEntry(String name, Function<List<Parameter>, Optimizer> make) {
        List<Parameter> ps = parameters(new Rng(1));
        Optimizer optimizer = make.apply(ps);
        Map<String, float[]> state = new HashMap<>(optimizer.state());
        state.remove("gen.bias.step");
        assertThatThrownBy(() -> optimizer.restore(state)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no entry \"gen.bias.step\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void restoreNamesAnUnexpectedEntry(String name, Function<List<Parameter>, Optimizer> make) {
        List<Parameter> ps = parameters(new Rng(1));
        Optimizer optimizer = make.apply(ps);
        Map<String, float[]> state = new HashMap<>(optimizer.state());
        state.put("disc.weight.exp_avg", new float[3]);
        assertThatThrownBy(() -> optimizer.restore(state)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[disc.weight.exp_avg]");
    }

    @org.junit.jupiter.api.Test
    void restoreNamesAMisSizedEntryAndChangesNothing() {
        List<Parameter> ps = parameters(new Rng(1));
        Adam adam = Adam.builder().setParameters(ps).setLearningRate(0.1).build();
        runSteps(adam, ps, 0, 2);
        Map<String, float[]> before = adam.state();
        Map<String, float[]> bad = new HashMap<>(before);
        bad.put("step", new float[] {9});
        bad.put("gen.weight.step", new float[] {9});
        bad.put("gen.bias.exp_avg_sq", new float[5]);
        assertThatThrownBy(() -> adam.restore(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"gen.bias.exp_avg_sq\" has 5 values")
                .hasMessageContaining("parameter \"gen.bias\" of shape [4] has 4");
        Map<String, float[]> after = adam.state();
        before.forEach((key, value) -> assertThat(after.get(key)).as(key).isEqualTo(value));
    }

    @org.junit.jupiter.api.Test
    void restoreRejectsAStepThatIsNotACount() {
        List<Parameter> ps = parameters(new Rng(1));
        Sgd sgd = Sgd.builder().setParameters(ps).setLearningRate(0.1).build();
        Map<String, float[]> state = new HashMap<>(sgd.state());
        state.put("step", new float[] {2.5f});
        assertThatThrownBy(() -> sgd.restore(state)).hasMessageContaining("\"step\" is 2.5")
                .hasMessageContaining("whole number");
    }

    @org.junit.jupiter.api.Test
    void restoringAStateWithoutMomentumIntoSgdWithMomentumNamesTheBuffer() {
        List<Parameter> ps = parameters(new Rng(1));
        Map<String, float[]> plain = Sgd.builder().setParameters(ps).setLearningRate(0.1).build().state();
        Sgd withMomentum = Sgd.builder().setParameters(ps).setLearningRate(0.1).optMomentum(0.9).build();
        assertThatThrownBy(() -> withMomentum.restore(plain))
                .hasMessageContaining("no entry \"gen.weight.momentum_buffer\"");
    }

    /** Two parameters, a weight [3, 4] and a bias [4], from {@code rng}. */
    static List<Parameter> parameters(Rng rng) {
        return List.of(new Parameter("gen.weight", Tensor.randn(rng, 3, 4).requiresGrad(true)),
                new Parameter("gen.bias", Tensor.randn(rng, 4).requiresGrad(true)));
    }

    private static List<Parameter> copyOf(List<Parameter> ps) {
        List<Parameter> copy = new ArrayList<>();
        for (Parameter p : ps) {
            copy.add(new Parameter(p.name(), Tensor.of(p.tensor().toArray(), p.tensor().shape()).requiresGrad(true)));
        }
        return copy;
    }

    /** Steps {@code from} to {@code to} of a problem whose gradient depends on the values and the step. */
    private static void runSteps(Optimizer optimizer, List<Parameter> ps, int from, int to) {
        for (int step = from; step < to; step++) {
            for (Parameter p : ps) {
                float[] values = p.tensor().data();
                float[] g = new float[values.length];
                for (int j = 0; j < g.length; j++) {
                    g[j] = (float) (Math.sin(values[j] * (step + 1)) + 0.3 * values[j] * values[j] * values[j]);
                }
                p.tensor().setGrad(Tensor.of(g, p.tensor().shape()));
            }
            optimizer.step();
        }
    }
}
