package dev.gan4j.core.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Objectives and penalties by name, their messages on a miss, and Wasserstein weight clipping. */
class ObjectivesLookupTest {

    @Test
    void everyListedNameBuildsTheObjectiveOfThatName() {
        assertThat(Objectives.names()).containsExactly("minimax", "non-saturating", "least-squares", "wasserstein", "hinge");
        for (String name : Objectives.names()) {
            assertThat(Objectives.named(name).name()).isEqualTo(name);
        }
        for (String name : Penalties.names()) {
            assertThat(Penalties.named(name, 1.0).name()).isEqualTo(name);
        }
    }

    @Test
    void unknownObjectiveNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Objectives.named("wgan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no objective called \"wgan\"; the known objectives are minimax, non-saturating, "
                        + "least-squares, wasserstein, hinge.");
    }

    @Test
    void unknownPenaltyNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Penalties.named("gp", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"gp\"")
                .hasMessageContaining("gradient-penalty, r1");
    }

    @Test
    void weightClipWithAnObjectiveThatDoesNotClipIsRejected() {
        assertThatThrownBy(() -> Objectives.named("hinge", 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"hinge\"")
                .hasMessageContaining("only the wasserstein objective clips weights");
    }

    @Test
    void negativeWeightsAndClipsAreRejectedWithTheirValue() {
        assertThatThrownBy(() -> Penalties.named("r1", -1)).hasMessageContaining("r1 penalty is -1.0");
        assertThatThrownBy(() -> Objectives.named("wasserstein", -0.5)).hasMessageContaining("clip is -0.5");
    }

    @Test
    void wassersteinClipsEveryCriticParameterAfterItsStep() {
        Tensor weight = Tensor.of(new float[] {-0.5f, 0.003f, 0.02f, -0.01f}, 2, 2).requiresGrad(true);
        Tensor bias = Tensor.of(new float[] {1f, -0.009f}, 2).requiresGrad(true);
        Objective wgan = Objectives.named("wasserstein");
        wgan.afterDiscriminatorStep(List.of(new Parameter("w", weight), new Parameter("b", bias)));
        assertThat(weight.data()).containsExactly(-0.01f, 0.003f, 0.01f, -0.01f);
        assertThat(bias.data()).containsExactly(0.01f, -0.009f);
    }

    @Test
    void wassersteinWithClipZeroLeavesWeightsAlone() {
        Tensor weight = Tensor.of(new float[] {-0.5f, 3f}, 2).requiresGrad(true);
        Objectives.named("wasserstein", 0.0).afterDiscriminatorStep(List.of(new Parameter("w", weight)));
        assertThat(weight.data()).containsExactly(-0.5f, 3f);
    }

    @Test
    void otherObjectivesLeaveCriticWeightsAlone() {
        for (String name : List.of("minimax", "non-saturating", "least-squares", "hinge")) {
            Tensor weight = Tensor.of(new float[] {-0.5f, 3f}, 2).requiresGrad(true);
            Objectives.named(name).afterDiscriminatorStep(List.of(new Parameter("w", weight)));
            assertThat(weight.data()).as(name).containsExactly(-0.5f, 3f);
        }
    }
}
