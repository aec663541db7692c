package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Layer;
import java.util.List;

/** Writes a {@link ConvTranspose2d} as ONNX ConvTranspose with its own weight. */
public final class ConvTranspose2dWriter implements LayerWriter {
    /** The writer; stateless. */
    public ConvTranspose2dWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return ConvTranspose2d.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        ConvTranspose2d typed = (ConvTranspose2d) layer;
        return WeightedLayerNodes.convTranspose2d(typed, typed.weight(), WriterInputs.single(layer, inputs), graph);
    }
}
