package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Layer;
import java.util.List;

/** Writes a {@link Linear} as x·Wᵀ + b (MatMul, Add) with its own weight. */
public final class LinearWriter implements LayerWriter {
    /** The writer; stateless. */
    public LinearWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Linear.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        Linear typed = (Linear) layer;
        return WeightedLayerNodes.linear(typed, typed.weight(), WriterInputs.single(layer, inputs), graph);
    }
}
