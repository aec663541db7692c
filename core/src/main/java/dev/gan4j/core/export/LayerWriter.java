package dev.gan4j.core.export;

import dev.gan4j.core.nn.Layer;
import java.util.List;

/**
 * Writes one layer class as ONNX nodes, in evaluation mode (batch norm with its running
 * statistics, dropout as identity). Writers are found by {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.gan4j.core.export.LayerWriter}, so a plugin's own layer brings its
 * own writer; a layer whose class has no writer fails export with its class name.
 */
public interface LayerWriter {
    /** The layer class this writer handles, matched exactly (a subclass needs its own writer). */
    Class<? extends Layer> layerClass();

    /**
     * Adds the nodes that compute {@code layer} from {@code inputs} to {@code graph}.
     *
     * @param layer  an instance of {@link #layerClass()}, its weights as they are now
     * @param inputs the names of its input values: one, or as many as a
     *               {@link dev.gan4j.core.nn.MultiInputLayer} takes, in its order
     * @param graph  the graph to add to
     * @return the name of the value holding the layer's output
     */
    String write(Layer layer, List<String> inputs, OnnxGraph graph);
}
