package dev.gan4j.models.gan;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Writes the autoencoder's {@link CodeDistribution} as ONNX: μ + ε·Cᵀ is a MatMul with the
 * transposed Cholesky factor Cᵀ (a constant fitted at export time) and an Add of μ. A plugin's own
 * layer with its own writer, registered in this module's
 * {@code META-INF/services/dev.gan4j.core.export.LayerWriter}.
 */
public final class CodeDistributionWriter implements LayerWriter {
    /** The writer; stateless. */
    public CodeDistributionWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return CodeDistribution.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException(layer + " takes one input (the noise), but its ONNX writer was given "
                    + inputs.size() + ".");
        }
        CodeDistribution codes = (CodeDistribution) layer;
        int size = codes.size();
        float[] factor = codes.choleskyFactor();
        float[] transposed = new float[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                transposed[j * size + i] = factor[i * size + j];
            }
        }
        String product = graph.node("MatMul", List.of(inputs.get(0),
                graph.constant("cholesky_t", Tensor.of(transposed, size, size))), Map.of());
        return graph.node("Add", List.of(product, graph.constant("mean", codes.mean())), Map.of());
    }
}
