package dev.gan4j.core.objective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each objective pulls the right way: the discriminator's loss falls when it scores real data
 * higher and generated data lower, and the generator's loss falls when its samples score higher.
 * Scores lie in (0, 1), inside every objective's active region (hinge margin, least-squares targets).
 */
class ObjectiveDirectionTest {

    static Stream<Objective> objectives() {
        return Objectives.names().stream().map(Objectives::named);
    }

    private static Tensor scores(float... values) {
        return Tensor.of(values, values.length, 1).requiresGrad(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void discriminatorLossFallsAsRealScoresRiseAndFakeScoresFall(Objective objective) {
        Tensor real = scores(0.2f, 0.5f, 0.8f);
        Tensor fake = scores(0.3f, 0.6f, 0.1f);
        List<Tensor> grads = Autograd.grad(List.of(objective.discriminatorLoss(real, fake)), List.of(real, fake), false);
        for (float g : grads.get(0).data()) {
            assertThat(g).as("d loss / d real score").isNegative();
        }
        for (float g : grads.get(1).data()) {
            assertThat(g).as("d loss / d fake score").isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void generatorLossFallsAsFakeScoresRise(Objective objective) {
        Tensor fake = scores(0.3f, 0.6f, 0.1f);
        Tensor grad = Autograd.grad(List.of(objective.generatorLoss(fake)), List.of(fake), false).get(0);
        for (float g : grad.data()) {
            assertThat(g).as("d loss / d fake score").isNegative();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void aStepDownTheGradientLowersBothLosses(Objective objective) {
        float[] real = {0.2f, 0.5f, 0.8f};
        float[] fake = {0.3f, 0.6f, 0.1f};
        Tensor r = scores(real.clone());
        Tensor f = scores(fake.clone());
        Tensor dLoss = objective.discriminatorLoss(r, f);
        List<Tensor> grads = Autograd.grad(List.of(dLoss), List.of(r, f), false);
        Tensor r2 = Tensor.of(real.clone(), 3, 1).sub(grads.get(0).mul(0.1f));
        Tensor f2 = Tensor.of(fake.clone(), 3, 1).sub(grads.get(1).mul(0.1f));
        assertThat(objective.discriminatorLoss(r2, f2).item()).isLessThan(dLoss.item());

        Tensor f3 = scores(fake.clone());
        Tensor gLoss = objective.generatorLoss(f3);
        Tensor gGrad = Autograd.grad(List.of(gLoss), List.of(f3), false).get(0);
        assertThat(objective.generatorLoss(Tensor.of(fake.clone(), 3, 1).sub(gGrad.mul(0.1f))).item())
                .isLessThan(gLoss.item());
    }

    @Test
    void minimaxGeneratorGradientVanishesWhereNonSaturatingStaysStrong() {
        // the discriminator confidently rejects the sample: σ(−8) ≈ 3e-4
        Tensor rejectedA = scores(-8f);
        Tensor rejectedB = scores(-8f);
        float minimax = Autograd.grad(List.of(new MinimaxObjective().generatorLoss(rejectedA)), List.of(rejectedA), false)
                .get(0).item();
        float nonSaturating = Autograd.grad(List.of(new NonSaturatingObjective().generatorLoss(rejectedB)),
                List.of(rejectedB), false).get(0).item();
        assertThat(Math.abs(minimax)).isLessThan(1e-3f);
        assertThat(Math.abs(nonSaturating)).isGreaterThan(0.99f);
    }
}
