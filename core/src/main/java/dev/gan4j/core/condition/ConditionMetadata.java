package dev.gan4j.core.condition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link ConditionFormat} is recorded in an exported model's metadata, as plain strings and
 * JSON that a reader without gan4j (Python's {@code onnx}) understands:
 *
 * <pre>
 *   gan4j.condition   "label" or "text"
 *   gan4j.classes     ["T-shirt/top", "Trouser", ...]: the class names by index
 *   gan4j.vocabulary  text only: {"tokens": ["&lt;pad&gt;", "a", "an", ...] (token id = position, 0 is padding),
 *                     "padding": 0, "maxTokens": 8, "tokeniser": "...", "labelCaptions": ["a t-shirt", ...]}
 * </pre>
 */
public final class ConditionMetadata {
    /** Key of the kind of condition. */
    public static final String CONDITION = "gan4j.condition";
    /** Key of the class names. */
    public static final String CLASSES = "gan4j.classes";
    /** Key of the vocabulary and the tokeniser settings. */
    public static final String VOCABULARY = "gan4j.vocabulary";
    /** {@link #CONDITION} of class labels. */
    public static final String LABEL = "label";
    /** {@link #CONDITION} of captions. */
    public static final String TEXT = "text";
    /** The tokeniser's rules, as recorded. */
    public static final String TOKENISER = "lower-case; a word is a run of letters and digits, with hyphens and "
            + "apostrophes kept inside a word (not at its end); everything else separates words; unknown words are "
            + "left out";
    private static final String PADDING_WORD = "<pad>";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConditionMetadata() {
    }

    /** The entries of a label format. */
    static Map<String, String> write(LabelFormat format) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(CONDITION, LABEL);
        entries.put(CLASSES, classes(format.classNames()));
        return entries;
    }

    /** The entries of a caption format. */
    static Map<String, String> write(CaptionFormat format) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(CONDITION, TEXT);
        entries.put(CLASSES, classes(format.classNames()));
        ObjectNode vocabulary = JSON.createObjectNode();
        ArrayNode tokens = vocabulary.putArray("tokens");
        tokens.add(PADDING_WORD);
        format.vocabulary().words().forEach(tokens::add);
        vocabulary.put("padding", Vocabulary.PADDING);
        vocabulary.put("maxTokens", format.maxTokens());
        vocabulary.put("tokeniser", TOKENISER);
        ArrayNode captions = vocabulary.putArray("labelCaptions");
        format.labelCaptions().forEach(captions::add);
        entries.put(VOCABULARY, vocabulary.toString());
        return entries;
    }

    private static String classes(ClassNames names) {
        ArrayNode array = JSON.createArrayNode();
        names.names().forEach(array::add);
        return array.toString();
    }

    /** See {@link ConditionFormat#fromMetadata}. */
    static Optional<ConditionFormat> read(Map<String, String> metadata) {
        String kind = metadata.get(CONDITION);
        if (kind == null) {
            return Optional.empty();
        }
        ClassNames names = ClassNames.of(strings(parse(metadata, CLASSES), CLASSES));
        switch (kind) {
            case LABEL -> {
                return Optional.of(new LabelFormat(names));
            }
            case TEXT -> {
                JsonNode vocabulary = parse(metadata, VOCABULARY);
                List<String> tokens = strings(vocabulary.get("tokens"), VOCABULARY + ".tokens");
                if (tokens.isEmpty() || !tokens.get(0).equals(PADDING_WORD) || vocabulary.path("padding").asInt(-1)
                        != Vocabulary.PADDING) {
                    throw new IllegalArgumentException("The model's metadata " + VOCABULARY + " must list \"" + PADDING_WORD
                            + "\" as token 0 and give padding 0, as gan4j writes it.");
                }
                JsonNode maxTokens = vocabulary.get("maxTokens");
                if (maxTokens == null || !maxTokens.canConvertToInt() || maxTokens.asInt() < 1) {
                    throw new IllegalArgumentException("The model's metadata " + VOCABULARY
                            + " needs maxTokens, a whole number of 1 or more, but has " + maxTokens + ".");
                }
                return Optional.of(new CaptionFormat(names, Vocabulary.ofWords(tokens.subList(1, tokens.size())),
                        maxTokens.asInt(), strings(vocabulary.get("labelCaptions"), VOCABULARY + ".labelCaptions")));
            }
            default -> throw new IllegalArgumentException("The model's metadata " + CONDITION + " is \"" + kind
                    + "\", but gan4j writes \"" + LABEL + "\" or \"" + TEXT + "\".");
        }
    }

    private static JsonNode parse(Map<String, String> metadata, String key) {
        String value = metadata.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The model's metadata has " + CONDITION + " but no " + key
                    + "; export the model again.");
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The model's metadata " + key + " is not the JSON gan4j writes: "
                    + e.getOriginalMessage() + ".", e);
        }
    }

    private static List<String> strings(JsonNode node, String key) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("The model's metadata " + key + " must be a JSON array of strings, but is "
                    + node + ".");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException("The model's metadata " + key + " must hold strings only, but holds "
                        + element + ".");
            }
            values.add(element.asText());
        }
        return values;
    }
}
