package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.SpectralNorm;
import java.util.List;

/**
 * Writes a {@link SpectralNorm} as the wrapped layer's own nodes with the normalised weight W / σ
 * (σ from the current singular vector estimates, as evaluation mode uses them) as a constant.
 */
public final class SpectralNormWriter implements LayerWriter {
    /** The writer; stateless. */
    public SpectralNormWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return SpectralNorm.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        SpectralNorm norm = (SpectralNorm) layer;
        return WeightedLayerNodes.write(norm.layer(), norm.normalisedWeight(), WriterInputs.single(layer, inputs), graph);
    }
}
