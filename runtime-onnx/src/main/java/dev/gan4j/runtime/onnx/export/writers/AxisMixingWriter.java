package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.AxisMixing;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link AxisMixing} as one MatMul, using ONNX's numpy broadcasting over the leading
 * axes: along the width, x·Mᵀ ([N, C, H, W]·[W, W]); along the height, M·x ([H, H]·[N, C, H, W]).
 */
public final class AxisMixingWriter implements LayerWriter {
    /** The writer; stateless. */
    public AxisMixingWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return AxisMixing.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        AxisMixing mixing = (AxisMixing) layer;
        String input = WriterInputs.single(layer, inputs);
        if (mixing.axis() == AxisMixing.Axis.HEIGHT) {
            return graph.node("MatMul", List.of(graph.constant("mixing", mixing.weight()), input), Map.of());
        }
        return graph.node("MatMul", List.of(input, graph.constant("mixing_t", WeightedLayerNodes.transposed(mixing.weight()))),
                Map.of());
    }
}
