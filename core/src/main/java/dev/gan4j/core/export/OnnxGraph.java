package dev.gan4j.core.export;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * The ONNX graph a {@link LayerWriter} adds its nodes to. It speaks in ONNX operator names and
 * value names only, with no protobuf types, so a plugin module that depends on core alone can
 * write its own layers; {@code runtime-onnx} implements it and assembles the model.
 *
 * <p>Every method returns the name of the value it created, unique in the graph and derived from
 * the hint. Attribute values are {@link Float} or {@link Double} (FLOAT), {@link Integer} or
 * {@link Long} (INT), {@code float[]} (FLOATS), {@code int[]} or {@code long[]} (INTS) and
 * {@link String} (STRING).
 */
public interface OnnxGraph {
    /** The opset of the default ONNX domain the model declares. */
    int opset();

    /** Adds a float32 initializer holding a copy of {@code value}, with its shape. */
    String constant(String nameHint, Tensor value);

    /** Adds an int64 initializer (shapes, pads, indices) of the given dimensions. */
    String constantInt64(String nameHint, long[] values, long... dims);

    /**
     * Adds a node of the default domain with one output.
     *
     * @param opType     the ONNX operator ({@code "Conv"}, {@code "Gemm"}, ...)
     * @param inputs     the input value names, in the operator's order; "" for an omitted optional input
     * @param attributes the attributes by name, of the types listed on this interface
     * @return the output value's name
     */
    String node(String opType, List<String> inputs, Map<String, Object> attributes);

    /**
     * Writes {@code layer} with the writer registered for its class: how a container layer
     * writes its children.
     *
     * @throws UnsupportedLayerException naming the class when no writer is registered for it
     */
    String layer(Layer layer, List<String> inputs);
}
