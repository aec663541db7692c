package dev.gan4j.core.train;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Tensor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters and buffers of a system's networks under checkpoint names, which are the names
 * {@link SystemParameters} gives: {@code "<network>/<name>"}, where the network name is its key in
 * {@link GanSystem#networks()} and the name is the layer's stable dotted path
 * ({@code "generator/0.weight"}). A tensor two networks share is stored once, under the first.
 */
public final class NetworkTensors {
    private NetworkTensors() {
    }

    /**
     * Each network's parameters then its buffers, in network order, each tensor once, under
     * checkpoint names.
     *
     * @throws IllegalStateException when two tensors get one name
     */
    public static List<Parameter> named(GanSystem system) {
        List<Parameter> all = SystemParameters.allWithBuffers(system);
        Set<String> seen = new HashSet<>();
        for (Parameter p : all) {
            if (!seen.add(p.name())) {
                String network = p.name().substring(0, p.name().indexOf(SystemParameters.SEPARATOR));
                String path = p.name().substring(network.length() + SystemParameters.SEPARATOR.length());
                throw new IllegalStateException("The network \"" + network + "\" has two tensors named \"" + path
                        + "\" (among its parameters and buffers); checkpoints keep tensors by name, so give each a "
                        + "distinct name.");
            }
        }
        return all;
    }

    /** Copies of every tensor, by checkpoint name. */
    public static Map<String, Tensor> capture(GanSystem system) {
        Map<String, Tensor> copies = new LinkedHashMap<>();
        for (Parameter p : named(system)) {
            copies.put(p.name(), Tensor.of(p.tensor().toArray(), p.tensor().dims()));
        }
        return copies;
    }

    /**
     * Writes saved tensors into the system. Every name and shape is checked before anything is
     * written, so a mismatch changes nothing.
     *
     * @param source where the tensors came from, for messages ("the checkpoint runs/a/step-000500.ckpt")
     * @throws IllegalArgumentException naming the tensor when one is missing, extra or of another shape
     */
    public static void restore(GanSystem system, Map<String, Tensor> saved, String source) {
        List<Parameter> targets = named(system);
        for (Parameter p : targets) {
            Tensor s = saved.get(p.name());
            if (s == null) {
                throw new IllegalArgumentException(source + " has no tensor \"" + p.name() + "\", which this system "
                        + "has; it was written for a different architecture (compare the family and network "
                        + "settings of the config).");
            }
            if (!s.shape().equals(p.tensor().shape())) {
                throw new IllegalArgumentException(source + " holds \"" + p.name() + "\" with shape " + s.shape()
                        + ", but this system's has shape " + p.tensor().shape() + "; it was written for a "
                        + "different architecture.");
            }
        }
        if (saved.size() != targets.size()) {
            TreeSet<String> extra = new TreeSet<>(saved.keySet());
            targets.forEach(p -> extra.remove(p.name()));
            throw new IllegalArgumentException(source + " holds tensors " + extra + " that this system does not "
                    + "have; it was written for a different architecture.");
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Parameter p : targets) {
                float[] values = saved.get(p.name()).data();
                System.arraycopy(values, 0, p.tensor().data(), 0, values.length);
                p.tensor().zeroGrad();
            }
        }
    }
}
