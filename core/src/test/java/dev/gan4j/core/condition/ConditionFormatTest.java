package dev.gan4j.core.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.spi.Condition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A condition format read back from the metadata it writes turns every request into the same values and errors. */
class ConditionFormatTest {
    private static final ClassNames NAMES = ClassNames.of(List.of("T-shirt/top", "Trouser", "Sneaker"));
    private static final CaptionFormat CAPTIONS = new CaptionFormat(NAMES,
            Vocabulary.of(List.of("a t-shirt", "long pants", "a sneaker", "a running shoe")), 4,
            List.of("a t-shirt", "long pants", "a sneaker"));

    @Test
    void labelFormatSurvivesTheMetadataRoundTrip() {
        LabelFormat format = new LabelFormat(NAMES);
        ConditionFormat read = ConditionFormat.fromMetadata(format.metadata()).orElseThrow();
        assertThat(read).isInstanceOf(LabelFormat.class);
        assertThat(read.classNames().names()).isEqualTo(NAMES.names());
        assertSame(format, read, f -> f.label("sneaker", 3));
        assertSame(format, read, f -> f.even(7));
        assertSameError(format, read, f -> f.label("hat", 1));
        assertSameError(format, read, f -> f.label("3", 1));
        assertSameError(format, read, f -> f.text("a sneaker", 1));
    }

    @Test
    void captionFormatSurvivesTheMetadataRoundTrip() {
        ConditionFormat read = ConditionFormat.fromMetadata(CAPTIONS.metadata()).orElseThrow();
        assertThat(read.acceptsText()).isTrue();
        assertThat(read.input()).isEqualTo(CAPTIONS.input());
        assertSame(CAPTIONS, read, f -> f.text("A Sneaker, please", 2));
        assertSame(CAPTIONS, read, f -> f.label("Trouser", 2));
        assertSame(CAPTIONS, read, f -> f.even(5));
        for (String bad : List.of("", "  ?! ", "purple hovercraft", "a a a a a sneaker")) {
            assertSameError(CAPTIONS, read, f -> f.text(bad, 1));
        }
        assertSameError(CAPTIONS, read, f -> f.label("-1", 1));
    }

    @Test
    void captionConditionsArePaddedTokenIds() {
        Condition condition = CAPTIONS.text("running sneaker", 2);
        // vocabulary: 1 a, 2 long, 3 pants, 4 running, 5 shoe, 6 sneaker, 7 t-shirt
        assertThat(condition.values().data()).containsExactly(4, 6, 0, 0, 4, 6, 0, 0);
        assertThat(CAPTIONS.metadata().get(ConditionMetadata.VOCABULARY))
                .contains("\"tokens\":[\"<pad>\",\"a\",\"long\",\"pants\",\"running\",\"shoe\",\"sneaker\",\"t-shirt\"]");
    }

    @Test
    void unconditionalMetadataHasNoFormat() {
        assertThat(ConditionFormat.fromMetadata(Map.of("gan4j.part", "generator"))).isEmpty();
    }

    @Test
    void damagedMetadataNamesTheKey() {
        Map<String, String> metadata = new HashMap<>(CAPTIONS.metadata());
        metadata.put(ConditionMetadata.VOCABULARY, "{\"tokens\": [\"<pad>\"], \"padding\": 0}");
        assertThatThrownBy(() -> ConditionFormat.fromMetadata(metadata)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ConditionMetadata.VOCABULARY).hasMessageContaining("maxTokens");
        metadata.remove(ConditionMetadata.CLASSES);
        assertThatThrownBy(() -> ConditionFormat.fromMetadata(metadata)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no " + ConditionMetadata.CLASSES);
        assertThatThrownBy(() -> ConditionFormat.fromMetadata(Map.of(ConditionMetadata.CONDITION, "image",
                ConditionMetadata.CLASSES, "[\"a\", \"b\"]"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"image\"");
    }

    private static void assertSame(ConditionFormat a, ConditionFormat b, Function<ConditionFormat, Condition> request) {
        Condition first = request.apply(a);
        Condition second = request.apply(b);
        assertThat(second.values().dims()).containsExactly(first.values().dims());
        assertThat(second.values().data()).containsExactly(first.values().data());
        assertThat(second.description()).isEqualTo(first.description());
    }

    private static void assertSameError(ConditionFormat a, ConditionFormat b, Function<ConditionFormat, Condition> request) {
        String expected = catchMessage(a, request);
        assertThat(expected).isNotBlank();
        assertThat(catchMessage(b, request)).isEqualTo(expected);
    }

    private static String catchMessage(ConditionFormat format, Function<ConditionFormat, Condition> request) {
        try {
            request.apply(format);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("The request was accepted, but it should have been rejected.");
    }
}
