package dev.gan4j.models.gan;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.SpectralNorm;
import dev.gan4j.core.nn.WeightedLayer;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.List;

/** Puts spectral normalisation on every weighted layer (linear, convolution) of a network built by a network type. */
final class SpectralNormalisation {
    private SpectralNormalisation() {
    }

    /**
     * The same layers with each {@link WeightedLayer}, also inside nested {@link Sequential}s, wrapped in
     * a {@link SpectralNorm} whose vectors start from {@code rng}, in layer order. Other layers are kept as they are.
     */
    static Layer wrap(Layer network, Rng rng) {
        if (network instanceof WeightedLayer weighted) {
            return new SpectralNorm(weighted, rng);
        }
        if (network instanceof Sequential sequential) {
            List<Layer> layers = new ArrayList<>();
            for (Layer layer : sequential.layers()) {
                layers.add(wrap(layer, rng));
            }
            return new Sequential(layers);
        }
        return network;
    }
}
