package dev.gan4j.spark.train;

import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * One worker's part of an exact step: the gradients of the phase's loss on its slice of the batch
 * and what the driver needs to move on as one machine would.
 *
 * @param partition  the worker, which fixes the order of the sum
 * @param examples   the examples of its slice (the weight of its gradients in the sum)
 * @param loss       its slice's loss
 * @param metrics    its slice's metrics
 * @param gradients  the phase's parameters' gradients by checkpoint name (a parameter no gradient reached is absent)
 * @param buffers    the system's buffers after the step's forward passes, by checkpoint name
 * @param dataState  the batch stream's position after the step's batch
 * @param noiseDraws the draws the one-machine noise generator makes in the step
 */
record ExactPart(int partition, int examples, double loss, LinkedHashMap<String, Double> metrics,
                 LinkedHashMap<String, float[]> gradients, LinkedHashMap<String, float[]> buffers, long[] dataState,
                 long noiseDraws) implements Serializable {
}
