package dev.gan4j.spark.train;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mean of the workers' states, added in partition order in double precision: Spark hands
 * results back in the order tasks finish, and float sums in a varying order would make the run
 * depend on timing, so the caller sorts by partition and this class always adds in that order.
 */
final class StateAverage {
    private StateAverage() {
    }

    /**
     * The average of {@code parts} (in partition order) as the driver's next state: weights,
     * buffers, optimiser states and moving average averaged; the step, random states, data
     * position, config and provenance taken from {@code driver}, at {@code step}.
     */
    static Checkpoint of(List<Checkpoint> parts, long step, Checkpoint driver) {
        Checkpoint first = parts.get(0);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        first.tensors().forEach((name, tensor) -> tensors.put(name, Tensor.of(
                mean(parts.stream().map(p -> p.tensors().get(name).data()).toList()), tensor.shape())));
        Map<String, Map<String, float[]>> optimizers = new LinkedHashMap<>();
        first.optimizerStates().forEach((phase, state) -> {
            Map<String, float[]> averaged = new LinkedHashMap<>();
            state.keySet().forEach(key -> averaged.put(key,
                    mean(parts.stream().map(p -> p.optimizerStates().get(phase).get(key)).toList())));
            optimizers.put(phase, averaged);
        });
        Map<String, float[]> average = new LinkedHashMap<>();
        first.averageState().keySet().forEach(key -> average.put(key,
                mean(parts.stream().map(p -> p.averageState().get(key)).toList())));
        return new Checkpoint(step, tensors, optimizers, average, driver.randomStates(), driver.dataState(),
                driver.config(), driver.provenance());
    }

    private static float[] mean(List<float[]> arrays) {
        int n = arrays.get(0).length;
        double[] sum = new double[n];
        for (float[] a : arrays) {
            if (a.length != n) {
                throw new IllegalStateException("Two workers returned arrays of " + n + " and " + a.length
                        + " values for the same state; every worker must train the same system.");
            }
            for (int i = 0; i < n; i++) {
                sum[i] += a[i];
            }
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (sum[i] / arrays.size());
        }
        return out;
    }
}
