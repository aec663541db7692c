package dev.gan4j.examples.bench;

import java.util.Arrays;

/**
 * Wall-clock times of the measured iterations, in milliseconds.
 *
 * @param millis           one entry per measured iteration, in run order
 * @param warmupIterations the untimed iterations that ran before them
 */
public record IterationTimings(double[] millis, int warmupIterations) {
    /** Copies the array so the record stays immutable. */
    public IterationTimings {
        if (millis.length == 0) {
            throw new IllegalArgumentException("At least one measured iteration is needed; set --iters to 1 or more.");
        }
        millis = millis.clone();
    }

    /**
     * Runs {@code iteration} through {@code warmUp}, untimed, then times {@code iterations} more of it
     * one by one.
     */
    public static IterationTimings measure(Runnable iteration, WarmUp warmUp, int iterations) {
        int warmed = warmUp.run(iteration);
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            iteration.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new IterationTimings(millis, warmed);
    }

    /** The median, as Python's statistics.median computes it (mean of the middle two for even counts). */
    public double median() {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The fastest iteration. */
    public double min() {
        return Arrays.stream(millis).min().orElseThrow();
    }

    /** The slowest iteration. */
    public double max() {
        return Arrays.stream(millis).max().orElseThrow();
    }

    /** The number of measured iterations. */
    public int count() {
        return millis.length;
    }
}
