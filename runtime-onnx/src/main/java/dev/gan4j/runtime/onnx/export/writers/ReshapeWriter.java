package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link Reshape} as ONNX Reshape to [0, sample shape...]: 0 keeps the batch dimension, so the batch stays dynamic. */
public final class ReshapeWriter implements LayerWriter {
    /** The writer; stateless. */
    public ReshapeWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Reshape.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        int[] sample = ((Reshape) layer).sampleShape();
        long[] shape = new long[sample.length + 1];
        for (int i = 0; i < sample.length; i++) {
            shape[i + 1] = sample[i];
        }
        String target = graph.constantInt64("shape", shape, shape.length);
        return graph.node("Reshape", List.of(WriterInputs.single(layer, inputs), target), Map.of());
    }
}
