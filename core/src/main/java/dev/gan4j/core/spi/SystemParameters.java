package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a system's networks, named once, by the container: a network's parameter
 * {@code "0.weight"} is {@code "generator/0.weight"} in the system whose {@link GanSystem#networks()}
 * calls it {@code "generator"}. Optimiser states, moving averages and checkpoints all use these
 * names; a family never names parameters itself.
 *
 * <p>A parameter held by two networks (one tensor, shared layers) appears once, under the name of
 * the first network in {@link GanSystem#networks()} order that holds it, so it is updated once
 * per step and stored once.
 */
public final class SystemParameters {
    /** Between a network's name and its parameter's dotted path: {@code "generator/0.weight"}. */
    public static final String SEPARATOR = "/";

    private SystemParameters() {
    }

    /** The trainable parameters of every network, each once, in network order. */
    public static List<Parameter> all(GanSystem system) {
        return collect(system, system.networks().keySet(), false);
    }

    /** Each network's trainable parameters then its buffers, in network order, each tensor once. */
    public static List<Parameter> allWithBuffers(GanSystem system) {
        return collect(system, system.networks().keySet(), true);
    }

    /**
     * The trainable parameters {@code phase} updates: those of the networks it names, each once,
     * named as in {@link #all(GanSystem)}.
     *
     * @throws IllegalArgumentException when the phase names a network the system does not have
     */
    public static List<Parameter> updatedBy(GanSystem system, Phase phase) {
        for (String network : phase.networks()) {
            if (!system.networks().containsKey(network)) {
                throw new IllegalArgumentException("The phase \"" + phase.name() + "\" updates the network \""
                        + network + "\", but the system's networks are " + system.networks().keySet()
                        + "; a phase names networks as networks() does.");
            }
        }
        Set<Tensor> wanted = identitySet();
        phase.networks().forEach(n -> system.networks().get(n).parameters().forEach(p -> wanted.add(p.tensor())));
        return all(system).stream().filter(p -> wanted.contains(p.tensor())).toList();
    }

    /**
     * The trainable parameters of one network, named as in {@link #all(GanSystem)} (so one it shares
     * with an earlier network keeps that network's name).
     *
     * @throws IllegalArgumentException when the system has no network of that name
     */
    public static List<Parameter> ofNetwork(GanSystem system, String network) {
        Layer layer = system.networks().get(network);
        if (layer == null) {
            throw new IllegalArgumentException("The system has no network \"" + network + "\"; its networks are "
                    + system.networks().keySet() + ".");
        }
        Set<Tensor> wanted = identitySet();
        layer.parameters().forEach(p -> wanted.add(p.tensor()));
        return all(system).stream().filter(p -> wanted.contains(p.tensor())).toList();
    }

    private static List<Parameter> collect(GanSystem system, Iterable<String> names, boolean withBuffers) {
        Set<Tensor> seen = identitySet();
        List<Parameter> named = new ArrayList<>();
        for (String name : names) {
            Layer network = system.networks().get(name);
            add(name, network.parameters(), seen, named);
            if (withBuffers) {
                add(name, network.buffers(), seen, named);
            }
        }
        return named;
    }

    private static void add(String network, List<Parameter> parameters, Set<Tensor> seen, List<Parameter> named) {
        for (Parameter p : parameters) {
            if (seen.add(p.tensor())) {
                named.add(new Parameter(network + SEPARATOR + p.name(), p.tensor()));
            }
        }
    }

    private static Set<Tensor> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
