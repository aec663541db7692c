package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.Layer;
import java.util.List;

/** Writes a {@link Conv2d} as ONNX Conv with its own weight. */
public final class Conv2dWriter implements LayerWriter {
    /** The writer; stateless. */
    public Conv2dWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Conv2d.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        Conv2d typed = (Conv2d) layer;
        return WeightedLayerNodes.conv2d(typed, typed.weight(), WriterInputs.single(layer, inputs), graph);
    }
}
