package dev.gan4j.spark.train;

import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * What the driver broadcasts for one step of the exact mode: the system's weights and buffers (by
 * checkpoint name), and the data stream's position and noise generator's state before the step,
 * from which every worker regenerates the one-machine batch and noise.
 *
 * @param iteration  the iteration the step belongs to (0 for the first)
 * @param tensors    every parameter and buffer, by checkpoint name
 * @param dataState  the run's batch stream position
 * @param noiseState the run's noise generator state
 */
record ExactState(long iteration, LinkedHashMap<String, float[]> tensors, long[] dataState, long noiseState)
        implements Serializable {
}
