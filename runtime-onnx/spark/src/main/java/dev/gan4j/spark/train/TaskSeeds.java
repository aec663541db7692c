package dev.gan4j.spark.train;

/**
 * The root seed of a worker's round: a function of the run's seed, the step the round starts from
 * and the partition, never of the attempt, so a task that Spark retries draws the same data
 * order and noise, and a run resumed at a round boundary draws what the uninterrupted run drew.
 */
final class TaskSeeds {
    private TaskSeeds() {
    }

    /** The seed of partition {@code partition}'s round starting at {@code startStep}. */
    static long of(long runSeed, long startStep, int partition) {
        long z = runSeed;
        z = mix(z + 0x9E3779B97F4A7C15L * (startStep + 1));
        z = mix(z + 0xC2B2AE3D27D4EB4FL * (partition + 1));
        return z;
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
