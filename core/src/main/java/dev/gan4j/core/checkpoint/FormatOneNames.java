package dev.gan4j.core.checkpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the names of a format-1 checkpoint (gan4j before parameters were named once, by the
 * system) as today's. Format 1 stored tensors and the moving average under today's names
 * ({@code "generator/0.weight"}), but optimiser states under the names the phases gave
 * ({@code "generator.0.weight.exp_avg"}); this renames each such key to
 * {@code "generator/0.weight.exp_avg"}, the network being one whose tensors the checkpoint holds.
 */
final class FormatOneNames {
    private FormatOneNames() {
    }

    /**
     * The checkpoint with its optimiser-state keys renamed.
     *
     * @throws IllegalArgumentException naming the key when one belongs to no network of the checkpoint
     */
    static Checkpoint upgrade(Checkpoint old) {
        Set<String> networks = new TreeSet<>();
        old.tensors().keySet().forEach(name -> {
            int slash = name.indexOf('/');
            if (slash > 0) {
                networks.add(name.substring(0, slash));
            }
        });
        Map<String, Map<String, float[]>> states = new LinkedHashMap<>();
        old.optimizerStates().forEach((phase, state) -> {
            Map<String, float[]> renamed = new LinkedHashMap<>();
            state.forEach((key, values) -> renamed.put(rename(key, networks, phase), values));
            states.put(phase, renamed);
        });
        return new Checkpoint(old.step(), old.tensors(), states, old.averageState(), old.randomStates(),
                old.dataState(), old.config(), old.provenance());
    }

    /** {@code "generator.0.weight.exp_avg"} to {@code "generator/0.weight.exp_avg"}; the optimiser's own keys stay. */
    private static String rename(String key, Set<String> networks, String phase) {
        if (!key.contains(".")) {
            return key; // the optimiser's step count, "step"
        }
        String longest = null;
        for (String network : networks) {
            if (key.startsWith(network + ".") && (longest == null || network.length() > longest.length())) {
                longest = network;
            }
        }
        if (longest == null) {
            throw new IllegalArgumentException("the optimiser state of phase \"" + phase + "\" has the key \"" + key
                    + "\", which names none of the checkpoint's networks " + networks);
        }
        return longest + "/" + key.substring(longest.length() + 1);
    }
}
