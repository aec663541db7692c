package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exponential moving average of parameters, such as a generator's weights, for sampling from a
 * smoother model than the one being trained.
 *
 * <p>It keeps a shadow copy of each parameter, keyed by name, starting from the values at
 * construction. After each optimiser step, {@link #update()} moves every shadow towards its
 * parameter: {@code shadow += (1 − d) · (p − shadow)}, in float32, where d is the decay, or with
 * warm-up {@code min(decay, (1 + n) / (10 + n))} for the n-th update (counted from 0), which lets
 * the average forget the random initial weights quickly. {@link #copyTo(List)} writes the averages
 * into another set of parameters with the same names, such as a copy of the generator used for
 * sampling. Buffers (batch norm's running statistics) may be averaged the same way.
 *
 * <p>State keys: {@code "<name>.shadow"} and the update count {@code "step"}.
 */
public final class ExponentialMovingAverage {
    private static final String NAME = "the exponential moving average";

    private final List<Parameter> parameters;
    private final float[][] shadows;
    private final double decay;
    private final boolean warmup;
    private long updates;

    private ExponentialMovingAverage(List<Parameter> parameters, double decay, boolean warmup) {
        this.parameters = parameters;
        this.decay = decay;
        this.warmup = warmup;
        this.shadows = new float[parameters.size()][];
        for (int i = 0; i < parameters.size(); i++) {
            shadows[i] = parameters.get(i).tensor().toArray();
        }
    }

    /** A builder; the parameters and the decay are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The decay used by the next {@link #update()}. */
    public double currentDecay() {
        return warmup ? Math.min(decay, (1.0 + updates) / (10.0 + updates)) : decay;
    }

    /** Moves every shadow towards the current value of its parameter. */
    public void update() {
        float rate = (float) (1 - currentDecay());
        for (int i = 0; i < parameters.size(); i++) {
            float[] p = parameters.get(i).tensor().data();
            float[] s = shadows[i];
            for (int j = 0; j < s.length; j++) {
                s[j] += rate * (p[j] - s[j]);
            }
        }
        updates++;
    }

    /** How many updates have been made. */
    public long updates() {
        return updates;
    }

    /** The parameters being averaged. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** A copy of the average of the parameter called {@code name}. */
    public float[] average(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return shadows[i].clone();
            }
        }
        throw new IllegalArgumentException("No parameter called \"" + name + "\" is averaged; the names are "
                + names(parameters) + ".");
    }

    /**
     * Writes the averages into {@code target}, matched by name: every averaged parameter must have
     * a target of the same size. The check covers all names before any value is written.
     */
    public void copyTo(List<Parameter> target) {
        Map<String, Parameter> byName = new HashMap<>();
        for (Parameter t : target) {
            byName.put(t.name(), t);
        }
        List<float[]> destinations = new ArrayList<>();
        for (Parameter p : parameters) {
            Parameter t = byName.get(p.name());
            if (t == null) {
                throw new IllegalArgumentException("The target parameters have no \"" + p.name()
                        + "\" to receive its average; they have " + names(target)
                        + ". Copy into a network of the same architecture as the averaged one.");
            }
            if (t.tensor().size() != p.tensor().size()) {
                throw new IllegalArgumentException("The target parameter \"" + p.name() + "\" has shape "
                        + t.tensor().shape() + ", but the averaged one has shape " + p.tensor().shape()
                        + "; copy into a network of the same architecture as the averaged one.");
            }
            destinations.add(t.tensor().data());
        }
        for (int i = 0; i < shadows.length; i++) {
            System.arraycopy(shadows[i], 0, destinations.get(i), 0, shadows[i].length);
        }
    }

    /** A copy of the state: {@code "<name>.shadow"} per parameter and the update count under {@code "step"}. */
    public Map<String, float[]> state() {
        Map<String, float[]> state = new LinkedHashMap<>();
        state.put(ParameterSlots.STEP_KEY, ParameterSlots.encodeCount(NAME, ParameterSlots.STEP_KEY, updates));
        for (int i = 0; i < parameters.size(); i++) {
            state.put(parameters.get(i).name() + ".shadow", shadows[i].clone());
        }
        return state;
    }

    /** Restores a state returned by {@link #state()}; checks every entry first, so a failed restore changes nothing. */
    public void restore(Map<String, float[]> state) {
        long restoredUpdates = ParameterSlots.decodeCount(NAME, state, ParameterSlots.STEP_KEY);
        List<String> expected = new ArrayList<>();
        expected.add(ParameterSlots.STEP_KEY);
        for (Parameter p : parameters) {
            String key = p.name() + ".shadow";
            ParameterSlots.requireSized(NAME, state, key, p);
            expected.add(key);
        }
        ParameterSlots.requireNoOthers(NAME, state, expected);
        updates = restoredUpdates;
        for (int i = 0; i < parameters.size(); i++) {
            float[] saved = state.get(parameters.get(i).name() + ".shadow");
            System.arraycopy(saved, 0, shadows[i], 0, saved.length);
        }
    }

    private static List<String> names(List<Parameter> parameters) {
        List<String> names = new ArrayList<>();
        for (Parameter p : parameters) {
            names.add(p.name());
        }
        return names;
    }

    /** Builds an {@link ExponentialMovingAverage}; the shadows start as copies of the parameters' values. */
    public static final class Builder {
        private List<Parameter> parameters;
        private double decay = Double.NaN;
        private boolean warmup;

        private Builder() {
        }

        /** Required: the parameters (and buffers, if wanted) to average, with distinct names. */
        public Builder setParameters(List<Parameter> parameters) {
            this.parameters = List.copyOf(parameters);
            return this;
        }

        /** Required: the decay, in [0, 1); 0.999 averages over about the last thousand steps. */
        public Builder setDecay(double decay) {
            this.decay = decay;
            return this;
        }

        /** Optional: use {@code min(decay, (1 + n) / (10 + n))} for the n-th update (off by default). */
        public Builder optWarmup(boolean warmup) {
            this.warmup = warmup;
            return this;
        }

        /** Checks the settings and copies the parameters' current values as the first averages. */
        public ExponentialMovingAverage build() {
            if (parameters == null) {
                throw new IllegalStateException("The exponential moving average needs the parameters to average: "
                        + "call setParameters(generator.parameters()) on the builder before build().");
            }
            if (Double.isNaN(decay)) {
                throw new IllegalStateException("The exponential moving average needs a decay: call setDecay(0.999) "
                        + "(for example) on the builder before build().");
            }
            if (!(decay >= 0 && decay < 1)) {
                throw new IllegalStateException("The decay of the exponential moving average must be in [0, 1), "
                        + "but was " + decay + "; set it with setDecay(...).");
            }
            ParameterSlots.requireDistinctNames(NAME, parameters);
            return new ExponentialMovingAverage(parameters, decay, warmup);
        }
    }
}
