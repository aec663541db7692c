package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Upsample;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/** Writes an {@link Upsample} as ONNX Resize, nearest mode with asymmetric coordinates and floor rounding: output pixel (i, j) reads input pixel (⌊i/f⌋, ⌊j/f⌋), as the layer does. */
public final class UpsampleWriter implements LayerWriter {
    /** The writer; stateless. */
    public UpsampleWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Upsample.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        float f = ((Upsample) layer).factor();
        String scales = graph.constant("scales", Tensor.of(new float[] {1f, 1f, f, f}, 4));
        return graph.node("Resize", List.of(WriterInputs.single(layer, inputs), "", scales), Map.of(
                "mode", "nearest",
                "coordinate_transformation_mode", "asymmetric",
                "nearest_mode", "floor"));
    }
}
