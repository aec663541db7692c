package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.nn.Layer;
import java.util.List;

/** The input check every one-input writer makes. */
final class WriterInputs {
    private WriterInputs() {
    }

    /** The one input of {@code layer}, or a message naming the layer and how many inputs it was given. */
    static String single(Layer layer, List<String> inputs) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException(layer + " takes one input, but its ONNX writer was given "
                    + inputs.size() + " (" + inputs + "); wrap several inputs in a MultiInputLayer with its own writer.");
        }
        return inputs.get(0);
    }
}
