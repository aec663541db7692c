package dev.gan4j.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code --set a.b.c=value} override: a dotted path into the run config's JSON and a value.
 * The value is read as JSON when it is JSON ({@code 5}, {@code true}, {@code "x"},
 * {@code {"type": "mlp"}}) and taken as a string otherwise ({@code dcgan}, {@code /data/x}).
 * Missing objects along the path are created; a name the config does not know is reported when
 * the config is bound, with the known fields.
 *
 * @param path  the dotted path ({@code "training.steps"})
 * @param value the text after the first {@code =}
 */
public record FieldOverride(String path, String value) {
    /** Checks the path has no empty parts. */
    public FieldOverride {
        if (path == null || path.isBlank() || Arrays.stream(path.split("\\.", -1)).anyMatch(String::isBlank)) {
            throw new ConfigException("The override --set " + path + "=" + value + " has an empty name in its path;"
                    + " write the path as names joined by dots, such as training.steps.");
        }
        if (value == null) {
            throw new ConfigException("The override --set " + path + " has no value; write --set " + path + "=VALUE.");
        }
    }

    /**
     * Reads {@code "a.b.c=value"}, splitting at the first {@code =}.
     *
     * @throws ConfigException naming the text when it has no {@code =} or an empty path
     */
    public static FieldOverride parse(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals < 0) {
            throw new ConfigException("The override --set " + assignment + " has no '='; write it as --set "
                    + (assignment.isBlank() ? "training.steps" : assignment) + "=VALUE.");
        }
        return new FieldOverride(assignment.substring(0, equals).trim(), assignment.substring(equals + 1));
    }

    /** The path's names, outermost first. */
    public List<String> names() {
        return List.of(path.split("\\."));
    }

    /**
     * Writes the value into {@code root}, creating missing objects on the way.
     *
     * @param parser reads the value as JSON
     * @throws ConfigException when the path runs into a value that is not an object or array, or an
     *                         array index is out of range
     */
    public void applyTo(ObjectNode root, ObjectMapper parser) {
        List<String> names = names();
        JsonNode container = root;
        for (int i = 0; i < names.size() - 1; i++) {
            String name = names.get(i);
            JsonNode child = child(container, name, i);
            if (child == null || child.isNull()) {
                child = ((ObjectNode) container).putObject(name);
            } else if (!child.isContainerNode()) {
                throw new ConfigException("The override --set " + path + "=" + value + " goes inside "
                        + String.join(".", names.subList(0, i + 1)) + ", but that is " + child
                        + ", not an object; check the path.");
            }
            container = child;
        }
        String last = names.get(names.size() - 1);
        JsonNode parsed = parseValue(parser);
        if (container instanceof ArrayNode array) {
            array.set(index(array, last, names.size() - 1), parsed);
        } else {
            ((ObjectNode) container).set(last, parsed);
        }
    }

    private JsonNode child(JsonNode container, String name, int position) {
        if (container instanceof ArrayNode array) {
            return array.get(index(array, name, position));
        }
        return container.get(name);
    }

    private int index(ArrayNode array, String name, int position) {
        String where = position == 0 ? "the config" : String.join(".", names().subList(0, position));
        try {
            int index = Integer.parseInt(name);
            if (index >= 0 && index < array.size()) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same sentence as an index out of range
        }
        throw new ConfigException("The override --set " + path + "=" + value + " uses \"" + name + "\" inside "
                + where + ", which is an array of " + array.size() + " elements; use an index from 0 to "
                + (array.size() - 1) + ".");
    }

    private JsonNode parseValue(ObjectMapper parser) {
        try {
            JsonNode json = parser.readTree(value);
            if (json != null && !json.isMissingNode()) {
                return json;
            }
        } catch (JsonProcessingException e) {
            // not JSON: the value is a plain string, such as a family id or a path
        }
        return TextNode.valueOf(value);
    }
}
