package dev.gan4j.models.cgan;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * An {@link OnnxGraph} that computes each node at once, with the ONNX semantics of the few
 * operators models-cgan's writers use (Gather, Concat, Greater, Cast, Unsqueeze, ReduceSum, Mul,
 * Add, Div, Max, Reshape), in either opset convention for axes. Layers with a registered writer are
 * written through it; other layers (core's, whose writers live in runtime-onnx) are run directly in
 * evaluation mode. Integer values are held as whole floats. It checks that the writers compute
 * what the layers compute, without ONNX Runtime.
 */
final class EagerOnnxGraph implements OnnxGraph {
    private final int opset;
    private final Map<String, Tensor> values = new HashMap<>();
    private final Map<Class<?>, LayerWriter> writers = new HashMap<>();
    private int next;

    EagerOnnxGraph(int opset) {
        this.opset = opset;
        for (LayerWriter writer : ServiceLoader.load(LayerWriter.class)) {
            writers.put(writer.layerClass(), writer);
        }
    }

    /** Declares a graph input. */
    String input(String name, Tensor value) {
        values.put(name, value);
        return name;
    }

    /** The value called {@code name}. */
    Tensor value(String name) {
        return values.get(name);
    }

    @Override
    public int opset() {
        return opset;
    }

    private String add(String hint, Tensor value) {
        String name = hint + "_" + next++;
        values.put(name, value);
        return name;
    }

    @Override
    public String constant(String nameHint, Tensor value) {
        return add(nameHint, Tensor.of(value.toArray(), value.shape()));
    }

    @Override
    public String constantInt64(String nameHint, long[] data, long... dims) {
        float[] floats = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            floats[i] = data[i];
        }
        return add(nameHint, dims.length == 0 ? Tensor.scalar(floats[0])
                : Tensor.of(floats, Arrays.stream(dims).mapToInt(d -> (int) d).toArray()));
    }

    @Override
    public String node(String opType, List<String> inputs, Map<String, Object> attributes) {
        List<Tensor> in = inputs.stream().map(values::get).toList();
        Tensor out = switch (opType) {
            case "Gather" -> gather(in.get(0), in.get(1));
            case "Concat" -> Tensor.concat(((Number) attributes.get("axis")).intValue(), in);
            case "Greater" -> greater(in.get(0), in.get(1));
            case "Cast" -> in.get(0);
            case "Unsqueeze" -> unsqueeze(in.get(0), axis(in, attributes));
            case "ReduceSum" -> in.get(0).sum(new int[] {axis(in, attributes)},
                    ((Number) attributes.get("keepdims")).intValue() == 1);
            case "Mul" -> in.get(0).mul(in.get(1));
            case "Add" -> in.get(0).add(in.get(1));
            case "Div" -> in.get(0).div(in.get(1));
            case "Max" -> in.get(0).maximum(in.get(1));
            case "Reshape" -> in.get(0).reshape(ints(in.get(1)));
            default -> throw new AssertionError("The eager graph does not know the operator " + opType + ".");
        };
        return add(opType.toLowerCase(java.util.Locale.ROOT), out);
    }

    @Override
    public String layer(Layer layer, List<String> inputs) {
        LayerWriter writer = writers.get(layer.getClass());
        if (writer != null) {
            return writer.write(layer, inputs, this);
        }
        boolean training = layer.isTraining();
        layer.train(false);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return add("layer", layer.forward(values.get(inputs.get(0))));
        } finally {
            layer.train(training);
        }
    }

    private int axis(List<Tensor> in, Map<String, Object> attributes) {
        if (opset >= 13) {
            assertThatNoAxesAttribute(attributes);
            return ints(in.get(1))[0];
        }
        return (int) ((long[]) attributes.get("axes"))[0];
    }

    private static void assertThatNoAxesAttribute(Map<String, Object> attributes) {
        if (attributes.containsKey("axes")) {
            throw new AssertionError("From opset 13 axes are an input, not an attribute.");
        }
    }

    private static int[] ints(Tensor t) {
        float[] d = t.data();
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (int) d[i];
        }
        return out;
    }

    private static Tensor gather(Tensor table, Tensor indices) {
        int[] rows = ints(indices);
        int[] dims = indices.dims();
        int[] tableDims = table.dims();
        int[] outDims = new int[dims.length + tableDims.length - 1];
        System.arraycopy(dims, 0, outDims, 0, dims.length);
        System.arraycopy(tableDims, 1, outDims, dims.length, tableDims.length - 1);
        return table.indexSelect(0, rows).reshape(outDims);
    }

    private static Tensor greater(Tensor a, Tensor b) {
        float[] d = a.toArray();
        float threshold = b.data()[0];
        for (int i = 0; i < d.length; i++) {
            d[i] = d[i] > threshold ? 1f : 0f;
        }
        return Tensor.of(d, a.shape());
    }

    private static Tensor unsqueeze(Tensor t, int axis) {
        int[] dims = t.dims();
        int[] out = new int[dims.length + 1];
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = i == axis ? 1 : dims[j++];
        }
        return t.reshape(out);
    }
}
