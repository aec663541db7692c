package dev.gan4j.runtime.onnx.export;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import com.google.protobuf.ByteString;
import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link OnnxGraph} that writers add to, on the ONNX protobuf classes: nodes go into a
 * {@link GraphProto} builder in the order they are added (which is a topological order, since a
 * node can only name values that exist), constants become initializers.
 *
 * <p>Value names are made unique and readable: each layer written through {@link #layer} opens a
 * scope named after its class and a counter ({@code convtranspose2d1}), and the values made inside
 * it are {@code <scope>.<hint>} ({@code convtranspose2d1.weight}, {@code convtranspose2d1.ConvTranspose}).
 */
final class ProtoOnnxGraph implements OnnxGraph {
    /** The opset of the default domain every exported model declares. */
    static final int OPSET = 17;

    private final GraphProto.Builder graph;
    private final LayerWriters writers;
    private final Set<String> names = new HashSet<>();
    private final Map<String, Integer> scopeCounters = new HashMap<>();
    private final Deque<String> scopes = new ArrayDeque<>();

    /**
     * @param graph    the graph to add to
     * @param writers  the writers {@link #layer} uses
     * @param reserved names the graph already uses (its inputs and output), never handed out
     */
    ProtoOnnxGraph(GraphProto.Builder graph, LayerWriters writers, Collection<String> reserved) {
        this.graph = graph;
        this.writers = writers;
        this.names.addAll(reserved);
    }

    @Override
    public int opset() {
        return OPSET;
    }

    @Override
    public String constant(String nameHint, Tensor value) {
        String name = uniqueName(nameHint);
        graph.addInitializer(TensorProtos.floats(name, value.toArray(), value.dims()));
        return name;
    }

    @Override
    public String constantInt64(String nameHint, long[] values, long... dims) {
        long count = 1;
        for (long d : dims) {
            count *= d;
        }
        if (count != values.length) {
            throw new IllegalArgumentException("The int64 constant '" + nameHint + "' has " + values.length
                    + " values but its dimensions " + Arrays.toString(dims) + " hold " + count
                    + "; give dimensions whose product is the number of values.");
        }
        String name = uniqueName(nameHint);
        graph.addInitializer(TensorProtos.longs(name, values.clone(), dims.clone()));
        return name;
    }

    @Override
    public String node(String opType, List<String> inputs, Map<String, Object> attributes) {
        return addNode(opType, inputs, attributes, uniqueName(opType));
    }

    /** Adds a node whose output has exactly the name {@code output} (a graph output). */
    String node(String opType, List<String> inputs, Map<String, Object> attributes, String output) {
        return addNode(opType, inputs, attributes, output);
    }

    @Override
    public String layer(Layer layer, List<String> inputs) {
        Objects.requireNonNull(layer, "layer");
        LayerWriter writer = writers.forLayer(layer);
        String kind = layer.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        int index = scopeCounters.merge(kind, 1, Integer::sum) - 1;
        scopes.push(kind + index);
        try {
            String output = writer.write(layer, List.copyOf(inputs), this);
            if (output == null || output.isEmpty()) {
                throw new IllegalStateException("The ONNX writer " + writer.getClass().getName() + " of "
                        + layer.getClass().getName() + " returned no output name; a writer returns the name of the"
                        + " value holding the layer's output.");
            }
            return output;
        } finally {
            scopes.pop();
        }
    }

    private String addNode(String opType, List<String> inputs, Map<String, Object> attributes, String output) {
        if (opType == null || opType.isBlank()) {
            throw new IllegalArgumentException("An ONNX node needs an operator name such as \"Conv\", but got '"
                    + opType + "'.");
        }
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(opType).setName(output).addOutput(output);
        for (String input : inputs) {
            node.addInput(Objects.requireNonNull(input, "an input name of " + opType));
        }
        attributes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> node.addAttribute(attribute(opType, e.getKey(), e.getValue())));
        graph.addNode(node);
        return output;
    }

    private static AttributeProto attribute(String opType, String name, Object value) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name);
        if (value instanceof Float || value instanceof Double) {
            a.setType(AttributeProto.AttributeType.FLOAT).setF(((Number) value).floatValue());
        } else if (value instanceof Integer || value instanceof Long) {
            a.setType(AttributeProto.AttributeType.INT).setI(((Number) value).longValue());
        } else if (value instanceof float[] floats) {
            a.setType(AttributeProto.AttributeType.FLOATS);
            for (float f : floats) {
                a.addFloats(f);
            }
        } else if (value instanceof int[] ints) {
            a.setType(AttributeProto.AttributeType.INTS);
            for (int i : ints) {
                a.addInts(i);
            }
        } else if (value instanceof long[] longs) {
            a.setType(AttributeProto.AttributeType.INTS);
            for (long l : longs) {
                a.addInts(l);
            }
        } else if (value instanceof String text) {
            a.setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFromUtf8(text));
        } else {
            throw new IllegalArgumentException("The attribute '" + name + "' of an ONNX " + opType + " node is "
                    + (value == null ? "null" : "a " + value.getClass().getName())
                    + ", but attributes must be Float, Double, Integer, Long, float[], int[], long[] or String.");
        }
        return a.build();
    }

    /** {@code <scope>.<hint>}, with a counter appended when that name is taken. */
    private String uniqueName(String hint) {
        String base = (scopes.isEmpty() ? "" : scopes.peek() + ".")
                + (hint == null || hint.isBlank() ? "value" : hint.strip());
        String name = base;
        for (int i = 1; !names.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
