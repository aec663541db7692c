package dev.gan4j.spark.train;

import java.io.Serializable;

/**
 * How a run is spread over Spark: the number of workers (one task, and one disjoint shard of the
 * data, each) and {@code syncEvery}, the K ordinary training steps each worker takes between two
 * synchronisations. The run config itself is unchanged, so the run directory stays an ordinary
 * gan4j run that {@code gan4j export} and {@code gan4j resume} read.
 *
 * <p>Each round averages weights, buffers, optimiser states and the moving average in partition
 * order. Batch-norm statistics are each worker's own (as PyTorch's DDP without SyncBatchNorm) and
 * are averaged with the rest at the end of a round.
 *
 * @param workers   the tasks per round, at least 1 and at most the cluster's task slots
 * @param syncEvery K, the steps each worker trains between synchronisations, at least 1
 */
public record SparkTrainingConfig(int workers, int syncEvery) implements Serializable {
    /** The default K. */
    public static final int DEFAULT_SYNC_EVERY = 10;

    /** Checks both values. */
    public SparkTrainingConfig {
        if (workers < 1) {
            throw new IllegalArgumentException("--workers is " + workers + ", but training needs at least one worker; "
                    + "give --workers 1 or more.");
        }
        if (syncEvery < 1) {
            throw new IllegalArgumentException("syncEvery (K, --sync-every) is " + syncEvery + ", but each worker must train at "
                    + "least one step between synchronisations; give syncEvery 1 or more (" + DEFAULT_SYNC_EVERY
                    + " by default).");
        }
    }

    /** {@code workers} workers synchronising every {@link #DEFAULT_SYNC_EVERY} steps. */
    public static SparkTrainingConfig of(int workers) {
        return new SparkTrainingConfig(workers, DEFAULT_SYNC_EVERY);
    }

    /** The same workers, synchronising every {@code k} steps. */
    public SparkTrainingConfig withSyncEvery(int k) {
        return new SparkTrainingConfig(workers, k);
    }
}
