package dev.gan4j.runtime.onnx.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.export.ExportedTensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keys gan4j writes into an ONNX model's {@code metadata_props}, and their encoding. All
 * values are strings; the structured ones are JSON, so a Python reader understands them:
 *
 * <pre>
 *   gan4j.format        "1", the version of this layout
 *   gan4j.part          the part's name ("generator")
 *   gan4j.inputs        [{"name": "z", "elementType": "float32", "shape": [-1, 100], "shapeText": "[N, 100]",
 *                         "meaning": "standard normal noise N(0, I)"}]
 *   gan4j.output        {"name": "sample", ...} in the same form
 *   gan4j.input.NAME    one line per input for people: "[N, 100] float32: standard normal noise N(0, I)"
 *   gan4j.output.NAME   the same for the output
 *   gan4j.provenance    the run's provenance as plain JSON (RunProvenanceJson), when the model comes from a run
 *   gan4j.config        the run's resolved config JSON, when the model comes from a run
 *   gan4j.*             further entries the part brings ({@link dev.gan4j.core.export.ExportablePart#metadata()}),
 *                       such as a conditional generator's gan4j.condition, gan4j.classes and gan4j.vocabulary
 *                       ({@link dev.gan4j.core.condition.ConditionMetadata})
 * </pre>
 */
public final class ModelMetadata {
    /** Key of the layout version. */
    public static final String FORMAT = "gan4j.format";
    /** The layout version written. */
    public static final String FORMAT_VERSION = "1";
    /** Key of the part name. */
    public static final String PART = "gan4j.part";
    /** Key of the inputs, a JSON array. */
    public static final String INPUTS = "gan4j.inputs";
    /** Key of the output, a JSON object. */
    public static final String OUTPUT = "gan4j.output";
    /** Prefix of the one-line description of each input. */
    public static final String INPUT_PREFIX = "gan4j.input.";
    /** Prefix of the one-line description of the output. */
    public static final String OUTPUT_PREFIX = "gan4j.output.";
    /** Key of the provenance JSON. */
    public static final String PROVENANCE = "gan4j.provenance";
    /** Key of the resolved config JSON. */
    public static final String CONFIG = "gan4j.config";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelMetadata() {
    }

    /** The description entries of a part: format, part, inputs and output (JSON and one line each). */
    public static Map<String, String> describe(String part, List<ExportedTensor> inputs, ExportedTensor output) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(FORMAT, FORMAT_VERSION);
        props.put(PART, part);
        List<Map<String, Object>> inputMaps = new ArrayList<>();
        for (ExportedTensor input : inputs) {
            inputMaps.add(toMap(input));
        }
        props.put(INPUTS, json(inputMaps));
        props.put(OUTPUT, json(toMap(output)));
        for (ExportedTensor input : inputs) {
            props.put(INPUT_PREFIX + input.name(), line(input));
        }
        props.put(OUTPUT_PREFIX + output.name(), line(output));
        return props;
    }

    /** "[N, 100] float32: standard normal noise N(0, I)". */
    public static String line(ExportedTensor tensor) {
        return tensor.shapeText() + " " + TensorProtos.elementTypeText(tensor.elementType()) + ": " + tensor.meaning();
    }

    /**
     * Reads the inputs back from {@link #INPUTS}.
     *
     * @throws IllegalArgumentException saying what is wrong when the value is not the JSON this class writes
     */
    public static List<ExportedTensor> readInputs(String json) {
        List<Map<String, Object>> maps = parse(json, new TypeReference<>() { }, INPUTS);
        List<ExportedTensor> inputs = new ArrayList<>();
        for (Map<String, Object> map : maps) {
            inputs.add(fromMap(map, INPUTS));
        }
        return inputs;
    }

    /**
     * Reads the output back from {@link #OUTPUT}.
     *
     * @throws IllegalArgumentException saying what is wrong when the value is not the JSON this class writes
     */
    public static ExportedTensor readOutput(String json) {
        return fromMap(parse(json, new TypeReference<Map<String, Object>>() { }, OUTPUT), OUTPUT);
    }

    private static Map<String, Object> toMap(ExportedTensor tensor) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", tensor.name());
        map.put("elementType", TensorProtos.elementTypeText(tensor.elementType()));
        map.put("shape", tensor.shape());
        map.put("shapeText", tensor.shapeText());
        map.put("meaning", tensor.meaning());
        return map;
    }

    private static ExportedTensor fromMap(Map<String, Object> map, String key) {
        if (!(map.get("name") instanceof String name) || !(map.get("elementType") instanceof String type)
                || !(map.get("shape") instanceof List<?> shapeList) || !(map.get("meaning") instanceof String meaning)) {
            throw new IllegalArgumentException("The model's metadata " + key + " has an entry " + map
                    + " without the string fields name, elementType and meaning and the list shape.");
        }
        int[] shape = new int[shapeList.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(shapeList.get(i) instanceof Integer d)) {
                throw new IllegalArgumentException("The model's metadata " + key + " gives '" + name + "' the shape "
                        + shapeList + ", whose entries must be whole numbers.");
            }
            shape[i] = d;
        }
        ExportedTensor.ElementType elementType = switch (type.toLowerCase(Locale.ROOT)) {
            case "float32" -> ExportedTensor.ElementType.FLOAT32;
            case "int64" -> ExportedTensor.ElementType.INT64;
            default -> throw new IllegalArgumentException("The model's metadata " + key + " gives '" + name
                    + "' the element type '" + type + "', but gan4j writes only float32 and int64.");
        };
        return new ExportedTensor(name, elementType, shape, meaning);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Metadata of strings and numbers could not be written as JSON.", e);
        }
    }

    private static <T> T parse(String json, TypeReference<T> type, String key) {
        try {
            T value = JSON.readValue(json, type);
            if (value == null) {
                throw new IllegalArgumentException("The model's metadata " + key + " is JSON null.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The model's metadata " + key + " is not the JSON gan4j writes: "
                    + e.getOriginalMessage() + ".", e);
        }
    }
}
