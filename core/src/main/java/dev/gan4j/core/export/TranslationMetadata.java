package dev.gan4j.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What an exported translator translates, as its ONNX metadata records it under
 * {@link ExportablePart#TRANSLATION_KEY}: the source and target domains (by name and dataset), the
 * image shapes, and the pixel range of input and output ([−1, 1], pixels as (v + 1)·127.5).
 *
 * @param from        the source domain's name ({@code "A"})
 * @param to          the target domain's name ({@code "B"})
 * @param fromData    the source domain's dataset name, for people
 * @param toData      the target domain's dataset name, for people
 * @param inputShape  one input image's shape [C, H, W]
 * @param outputShape one output image's shape [C', H, W]
 */
public record TranslationMetadata(String from, String to, String fromData, String toData, int[] inputShape,
                                  int[] outputShape) {
    /** The low end of the pixel range of input and output. */
    public static final float RANGE_LOW = -1f;
    /** The high end of the pixel range of input and output. */
    public static final float RANGE_HIGH = 1f;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the shapes. */
    public TranslationMetadata {
        inputShape = inputShape.clone();
        outputShape = outputShape.clone();
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    @Override
    public int[] outputShape() {
        return outputShape.clone();
    }

    /** The metadata value: one JSON object. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("from", from);
        node.put("to", to);
        node.put("fromData", fromData);
        node.put("toData", toData);
        Arrays.stream(inputShape).forEach(node.putArray("inputShape")::add);
        Arrays.stream(outputShape).forEach(node.putArray("outputShape")::add);
        node.putArray("inputRange").add(RANGE_LOW).add(RANGE_HIGH);
        node.putArray("outputRange").add(RANGE_LOW).add(RANGE_HIGH);
        return node.toString();
    }

    /**
     * The translation a model's metadata records, or empty when it records none (a generator from noise).
     *
     * @throws IllegalArgumentException naming the key when the entry is damaged
     */
    public static Optional<TranslationMetadata> fromMetadata(Map<String, String> metadata) {
        String json = metadata.get(ExportablePart.TRANSLATION_KEY);
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return Optional.of(new TranslationMetadata(text(node, "from"), text(node, "to"), text(node, "fromData"),
                    text(node, "toData"), ints(node, "inputShape"), ints(node, "outputShape")));
        } catch (JsonProcessingException | IllegalStateException e) {
            throw new IllegalArgumentException("The model's metadata entry " + ExportablePart.TRANSLATION_KEY
                    + " is damaged (" + e.getMessage() + "); export the model again with gan4j export.", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("\"" + field + "\" is missing");
        }
        return value.asText();
    }

    private static int[] ints(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalStateException("\"" + field + "\" is missing");
        }
        int[] out = new int[value.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value.get(i).asInt();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TranslationMetadata t && t.from.equals(from) && t.to.equals(to)
                && t.fromData.equals(fromData) && t.toData.equals(toData) && Arrays.equals(t.inputShape, inputShape)
                && Arrays.equals(t.outputShape, outputShape);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + to.hashCode() + Arrays.hashCode(inputShape) * 7;
    }

    @Override
    public String toString() {
        return from + " (" + fromData + ") " + Arrays.toString(inputShape) + " -> " + to + " (" + toData + ") "
                + Arrays.toString(outputShape);
    }
}
