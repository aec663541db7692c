package dev.gan4j.core.config;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns Jackson's binding failures into sentences for the user: the file, the JSON path, what
 * was expected, what was found, and what the known names are.
 */
final class ConfigErrorMessages {
    private static final int MAX_VALUE_TEXT = 80;
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(float.class, Float.class, double.class, Double.class,
            BigDecimal.class, Number.class);

    private final Function<Class<?>, SortedSet<String>> knownTypeIds;
    private final Function<JavaType, SortedSet<String>> knownFields;

    /**
     * @param knownTypeIds the registered {@code "type"} names below a polymorphic base type
     * @param knownFields  the JSON field names a config type reads
     */
    ConfigErrorMessages(Function<Class<?>, SortedSet<String>> knownTypeIds,
                        Function<JavaType, SortedSet<String>> knownFields) {
        this.knownTypeIds = knownTypeIds;
        this.knownFields = knownFields;
    }

    /**
     * A sentence for a failure to bind {@code tree}.
     *
     * @param source    the file name (or other label) the tree was read from
     * @param overrides the overrides applied to the tree, to say when one of them is the culprit
     */
    ConfigException describe(JsonMappingException e, JsonNode tree, String source, ConfigOverrides overrides) {
        String path = pathOf(e.getPath());
        String message;
        JsonNode value = valueAt(tree, e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            SortedSet<String> known = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            int dot = path.lastIndexOf('.');
            message = unknownField(dot < 0 ? "" : path.substring(0, dot), unknown.getReferringClass(),
                    unknown.getPropertyName(), known);
        } else if (e instanceof InvalidTypeIdException typeId && typeId.getTypeId() == null && value != null
                && !value.isObject() && !path.isEmpty()) {
            message = path + " should be " + expected(typeId.getBaseType().getRawClass()) + ", but it is "
                    + found(value) + "; fix the value.";
        } else if (e instanceof InvalidTypeIdException typeId) {
            message = unknownTypeId(typeId, path);
        } else if (e instanceof ValueInstantiationException invalid) {
            message = invalidObject(invalid, path, value);
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && !path.isEmpty()) {
            message = path + " should be " + expected(mismatch.getTargetType()) + ", but it is "
                    + found(value) + "; fix the value.";
        } else {
            message = (path.isEmpty() ? "the config" : "the value at " + path) + " could not be read: "
                    + e.getOriginalMessage() + ".";
        }
        FieldOverride culprit = path.isEmpty() ? null : overrides.sourceOf(path);
        if (culprit != null) {
            message += " (This comes from --set " + culprit.path() + "=" + culprit.value() + ".)";
        }
        return new ConfigException(source + ": " + message, e);
    }

    /**
     * A record's constructor refused the values. Jackson builds a record before it reports unknown
     * fields, so a misspelt field often shows up as a missing one; the misspelling is the better news.
     */
    private String invalidObject(ValueInstantiationException e, String path, JsonNode value) {
        if (value != null && value.isObject()) {
            SortedSet<String> known = knownFields.apply(e.getType());
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String name = field.getKey();
                if (!known.contains(name) && !name.equals(typeProperty(e.getType().getRawClass()))) {
                    return unknownField(path, e.getType().getRawClass(), name, known);
                }
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return path.isEmpty() ? reason : "the " + path + " object is invalid: " + reason;
    }

    private static String unknownField(String parent, Class<?> owner, String name, SortedSet<String> knownFields) {
        SortedSet<String> known = new TreeSet<>(knownFields);
        String typeProperty = typeProperty(owner);
        if (typeProperty != null) {
            known.add(typeProperty);
        }
        String where = parent.isEmpty() ? "a run config" : parent + " (" + owner.getSimpleName() + ")";
        return where + " has no field \"" + name + "\"; its fields are " + String.join(", ", known)
                + ". Check the spelling, or remove the field.";
    }

    private String unknownTypeId(InvalidTypeIdException e, String path) {
        Class<?> base = e.getBaseType().getRawClass();
        SortedSet<String> known = knownTypeIds.apply(base);
        String[] words = kindWords(base);
        String where = path.isEmpty() ? "type" : path + ".type";
        String choices = known.isEmpty()
                ? "no " + words[1] + " are installed; put a plugin jar that provides one on the classpath."
                : "the known " + words[1] + " are " + String.join(", ", known) + ".";
        if (e.getTypeId() == null) {
            return "the " + (path.isEmpty() ? "config" : path) + " object has no \"type\" naming its " + words[0]
                    + "; add one. " + capitalise(choices);
        }
        return where + " is \"" + e.getTypeId() + "\", but no installed " + words[0] + " has that id; " + choices
                + (known.isEmpty() ? "" : " Check the spelling, or put the jar of the plugin that provides \""
                + e.getTypeId() + "\" on the classpath.");
    }

    private String expected(Class<?> type) {
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == CharSequence.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (typeProperty(type) != null && (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers()))) {
            String[] words = kindWords(type);
            SortedSet<String> known = knownTypeIds.apply(type);
            return "an object whose \"" + typeProperty(type) + "\" names a " + words[0]
                    + (known.isEmpty() ? "" : " (" + String.join(", ", known) + ")");
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        String text = node.toString();
        if (text.length() > MAX_VALUE_TEXT) {
            text = text.substring(0, MAX_VALUE_TEXT) + "...";
        }
        String kind = switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a number with a fraction";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
        return node.isNull() ? "null" : text + " (" + kind + ")";
    }

    /** The dotted JSON path of a Jackson reference chain: {@code training.optimizers.generator.lr}, {@code a[2].b}. */
    static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static JsonNode valueAt(JsonNode tree, List<JsonMappingException.Reference> references) {
        JsonNode node = tree;
        for (JsonMappingException.Reference reference : references) {
            if (node == null) {
                return null;
            }
            node = reference.getFieldName() != null ? node.get(reference.getFieldName()) : node.get(reference.getIndex());
        }
        return node;
    }

    /** The {@code "type"} property of a polymorphic class, from its own or an inherited {@link JsonTypeInfo}; else null. */
    static String typeProperty(Class<?> type) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            JsonTypeInfo info = next.getAnnotation(JsonTypeInfo.class);
            if (info != null && info.use() != JsonTypeInfo.Id.NONE) {
                return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
            }
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
            pending.addAll(Arrays.asList(next.getInterfaces()));
        }
        return null;
    }

    /** Singular and plural words for the things a base type's ids name. */
    private static String[] kindWords(Class<?> base) {
        if (base == FamilyConfig.class) {
            return new String[] {"family", "families"};
        }
        if (base == NetworkConfig.class) {
            return new String[] {"network type", "network types"};
        }
        if (base == DataConfig.class) {
            return new String[] {"data source", "data sources"};
        }
        return new String[] {base.getSimpleName() + " type", base.getSimpleName() + " types"};
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
