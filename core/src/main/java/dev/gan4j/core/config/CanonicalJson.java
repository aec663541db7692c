package dev.gan4j.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes JSON trees in one stable form: object keys sorted (by Java string order) at every level,
 * arrays in their order, numbers as Java prints them. The compact form is what gets hashed; the
 * pretty form (two-space indent, {@code \n} line ends whatever the platform) is for people.
 */
public final class CanonicalJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter compact = mapper.writer();
    private final ObjectWriter pretty = mapper.writer(prettyPrinter());

    /** The compact canonical text of {@code node}: sorted keys, no whitespace. */
    public String compact(JsonNode node) {
        return write(compact, node);
    }

    /** The canonical text of {@code node} indented for reading, ending with a newline. */
    public String pretty(JsonNode node) {
        return write(pretty, node) + "\n";
    }

    /** Parses JSON text into a tree (for re-reading canonical text). */
    public JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The text is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Turns plain Java values (maps, lists, strings, numbers, booleans, null) into a tree. */
    public JsonNode tree(Object plainValue) {
        return mapper.valueToTree(plainValue);
    }

    /** Turns a tree into plain Java values: maps (in sorted key order), lists, strings, numbers, booleans. */
    public Object plain(JsonNode node) {
        return mapper.convertValue(sorted(node), Object.class);
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256, which every Java SE runtime must have.", e);
        }
    }

    /** A copy of {@code node} whose objects have their keys in sorted order, at every level. */
    public static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(element -> out.add(sorted(element)));
            return out;
        }
        return node;
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A JSON tree could not be written, which should not happen for a tree.", e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
