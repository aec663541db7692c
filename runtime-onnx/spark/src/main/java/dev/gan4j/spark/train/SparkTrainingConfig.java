package dev.gan4j.spark.train;

import java.io.Serializable;

/**
 * How a run is spread over Spark: the number of workers (one task each), {@code syncEvery}, the K
 * ordinary training steps each worker takes between two synchronisations, and whether training is
 * exact. The run config itself is unchanged, so the run directory stays an ordinary gan4j run that
 * {@code gan4j export} and {@code gan4j resume} read.
 *
 * <p>Averaging mode ({@code exact} false): each worker trains K steps on its own disjoint shard with
 * {@code training.batchSize} examples per step; each round averages weights, buffers, optimiser
 * states and the moving average in partition order. Batch-norm statistics are each worker's own (as
 * PyTorch's DDP without SyncBatchNorm) and are averaged with the rest at the end of a round.
 *
 * <p>Exact mode ({@code exact} true, K = 1): synchronous data parallelism. Each phase step is one
 * round: every worker computes the phase's gradients on its slice of the one-machine batch of
 * {@code training.batchSize} examples (so each worker takes batchSize / workers, and batchSize must be a
 * multiple of the workers), with its share of the one-machine noise; the driver sums them and takes
 * one optimiser step. The result is the one-machine run of the same config within float rounding,
 * for losses that are means over examples. Not exact, and refused: networks with batch norm (its
 * statistics would be each worker's slice's, as DDP without SyncBatchNorm; refused before training
 * starts), phases that draw single random numbers (dropout, augmentation, sample pools) and buffers
 * that depend on the slice (refused at the first such step). Losses that compare an example with the
 * batch's mean (the relativistic average GAN) are not exact and cannot be detected; do not use the
 * exact mode for them.
 *
 * @param workers   the tasks per round, at least 1 and at most the cluster's task slots
 * @param syncEvery K, the steps each worker trains between synchronisations, at least 1; 1 in exact mode
 * @param exact     whether each phase step sums the workers' gradients and steps once (K must be 1)
 */
public record SparkTrainingConfig(int workers, int syncEvery, boolean exact) implements Serializable {
    /** The default K. */
    public static final int DEFAULT_SYNC_EVERY = 10;

    /** Checks the values. */
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
        if (exact && syncEvery != 1) {
            throw new IllegalArgumentException("--exact synchronises every phase step, but --sync-every is " + syncEvery
                    + "; leave --sync-every out (or give 1) with --exact, or drop --exact to average every "
                    + syncEvery + " steps.");
        }
    }

    /** Averaging mode: {@code workers} workers synchronising every {@code syncEvery} steps. */
    public SparkTrainingConfig(int workers, int syncEvery) {
        this(workers, syncEvery, false);
    }

    /** {@code workers} workers synchronising every {@link #DEFAULT_SYNC_EVERY} steps. */
    public static SparkTrainingConfig of(int workers) {
        return new SparkTrainingConfig(workers, DEFAULT_SYNC_EVERY);
    }

    /** {@code workers} workers in exact mode (K = 1). */
    public static SparkTrainingConfig exact(int workers) {
        return new SparkTrainingConfig(workers, 1, true);
    }

    /** The same workers, synchronising every {@code k} steps. */
    public SparkTrainingConfig withSyncEvery(int k) {
        return new SparkTrainingConfig(workers, k, exact);
    }
}
