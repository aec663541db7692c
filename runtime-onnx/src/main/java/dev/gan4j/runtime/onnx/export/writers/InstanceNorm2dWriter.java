package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.InstanceNorm2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/** Writes an {@link InstanceNorm2d} as ONNX InstanceNormalization, with weight 1 and bias 0 when it has no affine map. */
public final class InstanceNorm2dWriter implements LayerWriter {
    /** The writer; stateless. */
    public InstanceNorm2dWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return InstanceNorm2d.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        InstanceNorm2d norm = (InstanceNorm2d) layer;
        Tensor scale = norm.weight() != null ? norm.weight() : Tensor.ones(norm.features());
        Tensor shift = norm.bias() != null ? norm.bias() : Tensor.zeros(norm.features());
        return graph.node("InstanceNormalization", List.of(WriterInputs.single(layer, inputs),
                graph.constant("weight", scale), graph.constant("bias", shift)), Map.of("epsilon", norm.eps()));
    }
}
