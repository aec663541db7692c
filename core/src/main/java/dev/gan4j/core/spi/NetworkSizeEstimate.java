package dev.gan4j.core.spi;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a network will hold before it is built: per layer, its trainable parameters and the values
 * its forward pass produces for one example. A {@link NetworkType} computes it from a config by
 * arithmetic alone, so a run can refuse a config that cannot fit the heap without allocating it.
 * The parameter count is exact (the tests hold every shipped config to it); the activation count is
 * the size of each layer's output, which the memory check scales by the batch and by what the
 * autograd graph and the backward pass keep.
 *
 * @param layers the layers in forward order
 */
public record NetworkSizeEstimate(List<LayerSize> layers) {
    /** Copies the layers so the record stays immutable. */
    public NetworkSizeEstimate {
        layers = List.copyOf(layers);
    }

    /**
     * One layer's share.
     *
     * @param layer                 how a person finds the layer: its position and kind, such as
     *                              {@code "layer 2 (Linear 40000x40000)"}
     * @param parameters            its trainable values
     * @param activationsPerExample the values of its output for one example
     */
    public record LayerSize(String layer, long parameters, long activationsPerExample) {
        /** Checks the parts. */
        public LayerSize {
            Objects.requireNonNull(layer, "layer");
            if (parameters < 0 || activationsPerExample < 0) {
                throw new IllegalArgumentException("A layer's sizes cannot be negative, but " + layer + " has "
                        + parameters + " parameters and " + activationsPerExample + " activations.");
            }
        }
    }

    /** The trainable values of the whole network. */
    public long parameters() {
        return layers.stream().mapToLong(LayerSize::parameters).sum();
    }

    /** The output values of every layer for one example. */
    public long activationsPerExample() {
        return layers.stream().mapToLong(LayerSize::activationsPerExample).sum();
    }

    /** The layer with the most parameters, if any layer has parameters. */
    public Optional<LayerSize> largestLayer() {
        return layers.stream().filter(l -> l.parameters() > 0).max(Comparator.comparingLong(LayerSize::parameters));
    }

    /** Two networks side by side (an encoder and a decoder that make one translator, say). */
    public NetworkSizeEstimate plus(NetworkSizeEstimate other) {
        return new NetworkSizeEstimate(Stream.concat(layers.stream(), other.layers.stream()).toList());
    }
}
