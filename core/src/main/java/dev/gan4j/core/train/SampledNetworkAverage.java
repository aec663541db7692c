package dev.gan4j.core.train;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.optim.ExponentialMovingAverage;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.SystemParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The exponential moving average of the sampled network's parameters (the generator's, usually),
 * kept as a shadow copy and used for sampling.
 *
 * <p>The average covers the trainable parameters, with warm-up
 * ({@code min(decay, (1 + n) / (10 + n))} for the n-th update), so it forgets the random
 * initial weights quickly. Buffers (batch-norm statistics, spectral-norm vectors) are not
 * averaged: sampling uses their live values, which stay consistent with how they are computed.
 * Sampling swaps the averages into the network, runs, and swaps the trained values back, bit for
 * bit, so training is not disturbed. State keys are those of {@link ExponentialMovingAverage},
 * with the parameters named by the system ({@link SystemParameters}: {@code "<network>/<name>"}).
 * Buffers are left out, as above.
 */
public final class SampledNetworkAverage {
    private final List<Parameter> parameters;
    private final ExponentialMovingAverage average;

    /** An average of the parameters of {@code system}'s sampled network, with the given decay. */
    public SampledNetworkAverage(GanSystem system, double decay) {
        this.parameters = SystemParameters.ofNetwork(system, system.sampledNetwork());
        this.average = ExponentialMovingAverage.builder().setParameters(parameters).setDecay(decay)
                .optWarmup(true).build();
    }

    /** Whether {@code phaseParameters} updates any of the averaged parameters (compared by tensor identity). */
    public boolean isUpdatedBy(List<Parameter> phaseParameters) {
        for (Parameter phaseParameter : phaseParameters) {
            for (Parameter p : parameters) {
                if (p.tensor() == phaseParameter.tensor()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Moves the averages towards the current parameters; call after each step of the phase that trains them. */
    public void update() {
        average.update();
    }

    /** Runs {@code body} with the averages in place of the parameters, then puts the trained values back. */
    public <T> T withAverages(Supplier<T> body) {
        List<float[]> trained = new ArrayList<>(parameters.size());
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Parameter p : parameters) {
                trained.add(p.tensor().toArray());
            }
            average.copyTo(parameters);
            try {
                return body.get();
            } finally {
                for (int i = 0; i < parameters.size(); i++) {
                    float[] values = trained.get(i);
                    System.arraycopy(values, 0, parameters.get(i).tensor().data(), 0, values.length);
                }
            }
        }
    }

    /**
     * Writes a saved average (a {@link #state()}) into the parameters of {@code system}'s sampled
     * network for good: for sampling or export from a finished run.
     */
    public static void writeAverages(GanSystem system, Map<String, float[]> state) {
        SampledNetworkAverage loaded = new SampledNetworkAverage(system, 0.0);
        loaded.restore(state);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            loaded.average.copyTo(loaded.parameters);
        }
    }

    /** A copy of the state. */
    public Map<String, float[]> state() {
        return average.state();
    }

    /** Restores a state returned by {@link #state()}; fails with a sentence naming a missing or mis-sized entry. */
    public void restore(Map<String, float[]> state) {
        average.restore(state);
    }
}
