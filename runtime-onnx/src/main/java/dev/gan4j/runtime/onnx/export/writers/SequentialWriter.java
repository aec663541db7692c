package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link Sequential} as its children, in order, each through its own writer. */
public final class SequentialWriter implements LayerWriter {
    /** The writer; stateless. */
    public SequentialWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Sequential.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        String value = WriterInputs.single(layer, inputs);
        for (Layer child : ((Sequential) layer).layers()) {
            value = graph.layer(child, List.of(value));
        }
        return value;
    }
}
