package dev.gan4j.models.cgan;

import dev.gan4j.core.export.OnnxGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ONNX nodes whose axes moved from an attribute to an input in opset 13 (Unsqueeze,
 * ReduceSum), written the way the graph's opset wants them.
 */
final class OnnxAxes {
    private static final int AXES_AS_INPUT = 13;

    private OnnxAxes() {
    }

    /** {@code input} with a new axis of size 1 at {@code axis}. */
    static String unsqueeze(OnnxGraph graph, String input, int axis) {
        return withAxes(graph, "Unsqueeze", input, axis, Map.of());
    }

    /** The sum of {@code input} over {@code axis}, keeping it as size 1 or dropping it. */
    static String reduceSum(OnnxGraph graph, String input, int axis, boolean keepDims) {
        return withAxes(graph, "ReduceSum", input, axis, Map.of("keepdims", keepDims ? 1L : 0L));
    }

    private static String withAxes(OnnxGraph graph, String op, String input, int axis, Map<String, Object> attributes) {
        List<String> inputs = new ArrayList<>(List.of(input));
        Map<String, Object> all = new java.util.LinkedHashMap<>(attributes);
        if (graph.opset() >= AXES_AS_INPUT) {
            inputs.add(graph.constantInt64(op.toLowerCase(java.util.Locale.ROOT) + "_axes", new long[] {axis}, 1));
        } else {
            all.put("axes", new long[] {axis});
        }
        return graph.node(op, inputs, all);
    }
}
