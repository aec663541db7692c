package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.ReflectionPad2d;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link ReflectionPad2d} as ONNX Pad in reflect mode; ONNX orders the pads as all begins (N, C, top, left) then all ends (N, C, bottom, right). */
public final class ReflectionPad2dWriter implements LayerWriter {
    /** The writer; stateless. */
    public ReflectionPad2dWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return ReflectionPad2d.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        int[] p = ((ReflectionPad2d) layer).padding();
        String pads = graph.constantInt64("pads", new long[] {0, 0, p[2], p[0], 0, 0, p[3], p[1]}, 8);
        return graph.node("Pad", List.of(WriterInputs.single(layer, inputs), pads), Map.of("mode", "reflect"));
    }
}
