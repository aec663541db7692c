package dev.gan4j.spark.train;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one worker sends back from a round: its partition, its training state after the round (in
 * the checkpoint format) and the losses, metrics and learning rates of its last step, by phase.
 *
 * @param partition     the worker's partition index, which fixes the order of the average
 * @param state         the worker's state, as {@link TrainingStates#toBytes} writes it
 * @param losses        the last step's loss by phase
 * @param metrics       the last step's metrics by phase
 * @param learningRates the last step's learning rate by phase
 */
record RoundResult(int partition, byte[] state, LinkedHashMap<String, Double> losses,
                   LinkedHashMap<String, LinkedHashMap<String, Double>> metrics,
                   LinkedHashMap<String, Double> learningRates) implements Serializable {
    /** Copies the maps. */
    RoundResult {
        losses = new LinkedHashMap<>(losses);
        LinkedHashMap<String, LinkedHashMap<String, Double>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, LinkedHashMap<String, Double>> e : metrics.entrySet()) {
            copy.put(e.getKey(), new LinkedHashMap<>(e.getValue()));
        }
        metrics = copy;
        learningRates = new LinkedHashMap<>(learningRates);
    }
}
