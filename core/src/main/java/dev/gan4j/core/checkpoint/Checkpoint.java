package dev.gan4j.core.checkpoint;

import dev.gan4j.core.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run needs to continue exactly where it stopped: the step, every network's
 * parameters and buffers, each optimiser's state, the moving average of the sampled network, the
 * random generators, the data stream's position, and the config and provenance it was made under.
 *
 * <p>The maps keep their insertion order, so the same run writes the same file. The record copies
 * the maps (not the arrays in them: a checkpoint is built from copies and handed on, never shared
 * with live training state).
 *
 * @param step            the number of training iterations completed
 * @param tensors         parameters and buffers by {@code "<network>/<name>"} ({@code "generator/0.weight"})
 * @param optimizerStates each phase's optimiser state ({@link dev.gan4j.core.optim.Optimizer#state()}) by phase name
 * @param averageState    the state of the moving average of the sampled network's weights, empty when none
 * @param randomStates    the states of the run's random generators by name ({@code "noise"})
 * @param dataState       the data stream's position ({@link dev.gan4j.core.data.BatchStream#state()})
 * @param config          the run's canonical config JSON
 * @param provenance      the provenance JSON of the run at this step
 */
public record Checkpoint(long step, Map<String, Tensor> tensors, Map<String, Map<String, float[]>> optimizerStates,
                         Map<String, float[]> averageState, Map<String, Long> randomStates, long[] dataState,
                         String config, String provenance) {
    /** Checks the parts and copies the maps, keeping their order. */
    public Checkpoint {
        if (step < 0) {
            throw new IllegalArgumentException("A checkpoint's step counts completed iterations, so it is 0 or more, "
                    + "but was " + step + ".");
        }
        tensors = ordered(Objects.requireNonNull(tensors, "tensors"));
        Map<String, Map<String, float[]>> states = new LinkedHashMap<>();
        Objects.requireNonNull(optimizerStates, "optimizerStates").forEach((k, v) -> states.put(k, ordered(v)));
        optimizerStates = Collections.unmodifiableMap(states);
        averageState = ordered(Objects.requireNonNull(averageState, "averageState"));
        randomStates = ordered(Objects.requireNonNull(randomStates, "randomStates"));
        dataState = Objects.requireNonNull(dataState, "dataState").clone();
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The data stream's position (a copy). */
    @Override
    public long[] dataState() {
        return dataState.clone();
    }

    /** Whether the checkpoint holds a moving average of the sampled network. */
    public boolean hasAverage() {
        return !averageState.isEmpty();
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
