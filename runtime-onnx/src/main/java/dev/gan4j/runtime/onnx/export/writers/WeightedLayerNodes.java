package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.export.UnsupportedLayerException;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.WeightedLayer;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The nodes of Linear, Conv2d and ConvTranspose2d with a given weight: the layer's own weight
 * for their writers, the normalised weight W / σ for {@link SpectralNormWriter}.
 */
final class WeightedLayerNodes {
    private WeightedLayerNodes() {
    }

    /**
     * Writes {@code layer} running with {@code weight} (shaped like its own).
     *
     * @throws UnsupportedLayerException for a weighted layer other than the three of core
     */
    static String write(WeightedLayer layer, Tensor weight, String input, OnnxGraph graph) {
        if (layer instanceof Linear linear) {
            return linear(linear, weight, input, graph);
        }
        if (layer instanceof Conv2d conv) {
            return conv2d(conv, weight, input, graph);
        }
        if (layer instanceof ConvTranspose2d deconv) {
            return convTranspose2d(deconv, weight, input, graph);
        }
        throw new UnsupportedLayerException(layer.getClass());
    }

    /**
     * x·Wᵀ + b as MatMul with the transposed weight and Add: unlike Gemm, MatMul takes inputs of any
     * rank (Linear treats [..., in] as a batch of rows), and ONNX Runtime fuses the pair into a Gemm
     * for 2-D inputs.
     */
    static String linear(Linear layer, Tensor weight, String input, OnnxGraph graph) {
        String product = graph.node("MatMul", List.of(input, graph.constant("weight_t", transposed(weight))), Map.of());
        if (layer.bias() == null) {
            return product;
        }
        return graph.node("Add", List.of(product, graph.constant("bias", layer.bias())), Map.of());
    }

    /** A copy of the matrix {@code m} [rows, cols], transposed to [cols, rows] (for x·Mᵀ as one MatMul). */
    static Tensor transposed(Tensor m) {
        int rows = m.dim(0);
        int cols = m.dim(1);
        float[] values = m.data();
        float[] t = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = values[r * cols + c];
            }
        }
        return Tensor.of(t, cols, rows);
    }

    /** Conv with symmetric padding; the bias is the node's third input. */
    static String conv2d(Conv2d layer, Tensor weight, String input, OnnxGraph graph) {
        int k = layer.kernel();
        int s = layer.stride();
        int p = layer.padding();
        return graph.node("Conv", weightAndBias(layer, weight, input, graph), Map.of(
                "kernel_shape", new int[] {k, k},
                "strides", new int[] {s, s},
                "pads", new int[] {p, p, p, p},
                "dilations", new int[] {1, 1},
                "group", 1));
    }

    /**
     * ConvTranspose: ONNX's output size stride·(H − 1) + output_padding + k − 2p is the layer's
     * (H − 1)·s − 2p + k + op, and ONNX adds the output padding at the end (bottom, right) as the
     * layer does; the weight layout [Cin, Cout, k, k] is the same.
     */
    static String convTranspose2d(ConvTranspose2d layer, Tensor weight, String input, OnnxGraph graph) {
        int k = layer.kernel();
        int s = layer.stride();
        int p = layer.padding();
        int op = layer.outputPadding();
        return graph.node("ConvTranspose", weightAndBias(layer, weight, input, graph), Map.of(
                "kernel_shape", new int[] {k, k},
                "strides", new int[] {s, s},
                "pads", new int[] {p, p, p, p},
                "output_padding", new int[] {op, op},
                "dilations", new int[] {1, 1},
                "group", 1));
    }

    private static List<String> weightAndBias(WeightedLayer layer, Tensor weight, String input, OnnxGraph graph) {
        List<String> inputs = new ArrayList<>(List.of(input, graph.constant("weight", weight)));
        if (layer.bias() != null) {
            inputs.add(graph.constant("bias", layer.bias()));
        }
        return inputs;
    }
}
