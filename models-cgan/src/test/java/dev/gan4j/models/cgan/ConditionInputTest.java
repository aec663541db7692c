package dev.gan4j.models.cgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a user's label or text becomes a condition, and the errors for bad ones. */
class ConditionInputTest {
    private static final DataSpec FASHION = new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10);

    private static ConditionalSystem system(String condition) {
        CganConfig config = new CganConfig(null, 8, null, null, null, null, null, null, null, null, condition, null,
                4, null, null, null, 16, null, null, null);
        return (ConditionalSystem) new CganFamily().build(config, BuildContexts.installed(FASHION, 1));
    }

    @Test
    void labelByNameInAnyCaseOrByIndex() {
        ConditionalSystem system = system("label");
        Condition byName = system.labelCondition("sneaker", 3);
        assertThat(byName.values().data()).containsExactly(7, 7, 7);
        assertThat(byName.description()).isEqualTo("label 7 (Sneaker)");
        assertThat(system.labelCondition("ANKLE BOOT", 1).values().item()).isEqualTo(9f);
        assertThat(system.labelCondition("3", 2).values().data()).containsExactly(3, 3);
    }

    @Test
    void unknownLabelNameListsTheValidOnes() {
        assertThatThrownBy(() -> system("label").labelCondition("hat", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no class called \"hat\"")
                .hasMessageContaining("0 \"T-shirt/top\"").hasMessageContaining("9 \"Ankle boot\"");
    }

    @Test
    void labelIndexOutOfRangeSaysTheRange() {
        for (String bad : List.of("10", "-1", "99999999999")) {
            assertThatThrownBy(() -> system("label").labelCondition(bad, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("out of range").hasMessageContaining("0 to 9");
        }
    }

    @Test
    void emptyTextIsRejected() {
        for (String empty : List.of("", "   ", "?!")) {
            assertThatThrownBy(() -> system("text").textCondition(empty, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("The text is empty");
        }
    }

    @Test
    void textOfOnlyUnknownWordsNamesThem() {
        assertThatThrownBy(() -> system("text").textCondition("purple hovercraft", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("None of the words")
                .hasMessageContaining("unknown: purple, hovercraft")
                .hasMessageContaining("sneaker");
    }

    @Test
    void unknownWordsAmongKnownOnesAreLeftOutAndNamed() {
        Condition condition = system("text").textCondition("a shiny sneaker", 2);
        assertThat(condition.description()).contains("unknown words left out: shiny");
        Condition plain = system("text").textCondition("a sneaker", 2);
        assertThat(condition.values().data()).containsExactly(plain.values().data());
    }

    @Test
    void textOnALabelModelSaysToUseALabel() {
        assertThatThrownBy(() -> system("label").textCondition("a sneaker", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conditioned on class labels");
    }

    @Test
    void withoutAConditionSamplesSpreadEvenlyOverTheClasses() {
        ConditionalSystem system = system("label");
        assertThat(system.evenCondition(12).values().data()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1);
        Tensor noise = system.noise(12, new Rng(2));
        Tensor even = system.sample(system.networks().get("generator"), noise);
        Tensor explicit = system.sample(system.networks().get("generator"), noise, system.evenCondition(12));
        assertThat(even.data()).containsExactly(explicit.data());
    }

    @Test
    void aLabelOfACaptionModelAsksForTheClasssFirstCaption() {
        Condition condition = system("text").labelCondition("Trouser", 1);
        assertThat(condition.description()).contains("\"a pair of trousers\"");
        assertThat(condition.values().data()).containsExactly(system("text").textCondition("a pair of trousers", 1)
                .values().data());
    }
}
