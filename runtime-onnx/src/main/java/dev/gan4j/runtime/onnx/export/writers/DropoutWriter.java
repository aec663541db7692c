package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Dropout;
import dev.gan4j.core.nn.Layer;
import java.util.List;

/** Writes a {@link Dropout} in evaluation mode, where it is the identity: no node, its output is its input. */
public final class DropoutWriter implements LayerWriter {
    /** The writer; stateless. */
    public DropoutWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Dropout.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return WriterInputs.single(layer, inputs);
    }
}
