package dev.gan4j.core.spi;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts layers in evaluation mode and turns graph recording off until closed, then restores each
 * layer's mode and the recording state: what every {@code GanSystem.sample} does.
 */
public final class SamplingScope implements AutoCloseable {
    private final List<Layer> layers;
    private final List<Boolean> wasTraining = new ArrayList<>();
    private final GradMode.Scope noGrad;

    private SamplingScope(List<Layer> layers) {
        this.layers = layers;
        for (Layer layer : layers) {
            wasTraining.add(layer.isTraining());
            layer.train(false);
        }
        this.noGrad = GradMode.noGrad();
    }

    /** Evaluation mode for the given layers, no graph, until closed. */
    public static SamplingScope of(Layer... layers) {
        return new SamplingScope(List.of(layers));
    }

    /** Restores recording and each layer's mode. */
    @Override
    public void close() {
        noGrad.close();
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).train(wasTraining.get(i));
        }
    }
}
