package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per-parameter state of an optimiser: for each parameter a fixed set of named float arrays
 * ("slots", such as Adam's {@code exp_avg}) of the parameter's size, the number of updates that
 * parameter has had, and the number of steps the optimiser has taken.
 *
 * <p>The saved form is a map with one entry per parameter and slot ({@code "<name>.<slot>"}), one
 * per parameter for its update count ({@code "<name>.step"}) and the optimiser's step count under
 * {@code "step"}. Counts are stored as a single float, exact up to 2<sup>24</sup>.
 */
final class ParameterSlots {
    /** The largest count a float holds exactly. */
    static final long MAX_EXACT_COUNT = 1L << 24;
    static final String STEP_KEY = "step";

    private final String owner;
    private final List<Parameter> parameters;
    private final String[] slotNames;
    private final float[][][] slots;
    private final long[] updates;
    private long steps;

    /**
     * Allocates zeroed slots for each parameter.
     *
     * @param owner      the optimiser's name, for messages ("Adam")
     * @param parameters the parameters, with distinct names
     * @param slotNames  the names of the arrays kept per parameter
     */
    ParameterSlots(String owner, List<Parameter> parameters, String... slotNames) {
        this.owner = owner;
        this.parameters = List.copyOf(parameters);
        this.slotNames = slotNames.clone();
        requireDistinctNames(owner, this.parameters);
        this.slots = new float[this.parameters.size()][slotNames.length][];
        for (int i = 0; i < this.parameters.size(); i++) {
            for (int s = 0; s < slotNames.length; s++) {
                slots[i][s] = new float[this.parameters.get(i).tensor().size()];
            }
        }
        this.updates = new long[this.parameters.size()];
    }

    /** Fails with a message naming the first repeated parameter name: state is keyed by name. */
    static void requireDistinctNames(String owner, List<Parameter> parameters) {
        Set<String> seen = new HashSet<>();
        for (Parameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("The parameters given to " + owner + " contain the name \""
                        + p.name() + "\" twice; state is kept by name, so give each parameter a distinct name "
                        + "(prefix the names of each network's parameters).");
            }
        }
    }

    List<Parameter> parameters() {
        return parameters;
    }

    /** The array of slot {@code slot} (an index into the slot names) of parameter {@code index}. */
    float[] slot(int index, int slot) {
        return slots[index][slot];
    }

    /** How many updates parameter {@code index} has had. */
    long updates(int index) {
        return updates[index];
    }

    /** Counts one more update of parameter {@code index} and returns the new count. */
    long countUpdate(int index) {
        return ++updates[index];
    }

    /** Counts one more optimiser step. */
    void countStep() {
        steps++;
    }

    /** The number of optimiser steps taken. */
    long steps() {
        return steps;
    }

    /** A copy of the whole state. */
    Map<String, float[]> state() {
        Map<String, float[]> state = new LinkedHashMap<>();
        state.put(STEP_KEY, encodeCount(owner, STEP_KEY, steps));
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i).name();
            state.put(name + ".step", encodeCount(owner, name + ".step", updates[i]));
            for (int s = 0; s < slotNames.length; s++) {
                state.put(name + "." + slotNames[s], slots[i][s].clone());
            }
        }
        return state;
    }

    /** Replaces the whole state; checks every entry first, so a failed restore changes nothing. */
    void restore(Map<String, float[]> state) {
        List<String> expected = new ArrayList<>();
        expected.add(STEP_KEY);
        long newSteps = decodeCount(owner, state, STEP_KEY);
        long[] newUpdates = new long[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            newUpdates[i] = decodeCount(owner, state, p.name() + ".step");
            expected.add(p.name() + ".step");
            for (String slotName : slotNames) {
                String key = p.name() + "." + slotName;
                requireSized(owner, state, key, p);
                expected.add(key);
            }
        }
        requireNoOthers(owner, state, expected);
        steps = newSteps;
        for (int i = 0; i < parameters.size(); i++) {
            updates[i] = newUpdates[i];
            for (int s = 0; s < slotNames.length; s++) {
                float[] saved = state.get(parameters.get(i).name() + "." + slotNames[s]);
                System.arraycopy(saved, 0, slots[i][s], 0, saved.length);
            }
        }
    }

    /** A count as a one-element array; fails above 2^24, where a float stops being exact. */
    static float[] encodeCount(String owner, String key, long count) {
        if (count > MAX_EXACT_COUNT) {
            throw new IllegalStateException("The " + owner + " count \"" + key + "\" is " + count
                    + ", more than 2^24, the largest count its saved state holds exactly; "
                    + "start a new optimiser (or restore a state) before it gets this far.");
        }
        return new float[] {count};
    }

    /** Reads a count saved by {@link #encodeCount}, failing with a sentence when it is missing or not a count. */
    static long decodeCount(String owner, Map<String, float[]> state, String key) {
        float[] value = state.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The " + owner + " state to restore has no entry \"" + key
                    + "\"; restore a state saved by " + owner + " over the same parameters.");
        }
        if (value.length != 1) {
            throw new IllegalArgumentException("The " + owner + " state entry \"" + key + "\" has " + value.length
                    + " values, but a count has exactly 1; the state was not saved by " + owner + ".");
        }
        float v = value[0];
        if (!(v >= 0) || v != Math.rint(v) || v > MAX_EXACT_COUNT) {
            throw new IllegalArgumentException("The " + owner + " state entry \"" + key + "\" is " + v
                    + ", but a count is a whole number from 0 to 2^24; the state is corrupt.");
        }
        return (long) v;
    }

    /** Fails unless {@code state} has an entry {@code key} with one value per element of {@code p}. */
    static void requireSized(String owner, Map<String, float[]> state, String key, Parameter p) {
        float[] value = state.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The " + owner + " state to restore has no entry \"" + key
                    + "\"; restore a state saved by " + owner + " over the same parameters with the same settings.");
        }
        if (value.length != p.tensor().size()) {
            throw new IllegalArgumentException("The " + owner + " state entry \"" + key + "\" has " + value.length
                    + " values, but parameter \"" + p.name() + "\" of shape " + p.tensor().shape() + " has "
                    + p.tensor().size() + "; the state was saved for differently shaped parameters.");
        }
    }

    /** Fails naming the entries of {@code state} that are not in {@code expected}. */
    static void requireNoOthers(String owner, Map<String, float[]> state, List<String> expected) {
        if (state.size() == expected.size()) {
            return; // every expected key is present, so equal sizes mean no others
        }
        Set<String> unexpected = new TreeSet<>(state.keySet());
        expected.forEach(unexpected::remove);
        throw new IllegalArgumentException("The " + owner + " state to restore has entries " + unexpected
                + " that belong to no parameter or setting of this " + owner + "; restore a state saved by "
                + owner + " over the same parameters with the same settings.");
    }
}
