package dev.gan4j.core.config;

import java.util.Map;

/**
 * The settings of the training loop that every family shares.
 *
 * @param steps           the number of iterations (each runs every phase, repeated as the family says)
 * @param batchSize       examples per batch
 * @param seed            the root seed; split in this order: initialisation, data order, noise
 * @param optimizers      optimiser per phase name ({@code "generator"}, {@code "discriminator"});
 *                        a phase without an entry uses {@link OptimizerConfig#defaults()}
 * @param schedule        the learning-rate schedule applied to every optimiser
 * @param emaDecay        decay of the exponential moving average of the sampled network's
 *                        weights, or 0 for none
 * @param logEvery        steps between metrics lines (and progress updates)
 * @param sampleEvery     steps between sample grids
 * @param checkpointEvery steps between checkpoints
 * @param gridSize        samples in a grid (a square number is laid out square)
 */
public record TrainingConfig(int steps, int batchSize, long seed, Map<String, OptimizerConfig> optimizers,
                             ScheduleConfig schedule, double emaDecay, int logEvery, int sampleEvery,
                             int checkpointEvery, int gridSize) {
    /** Applies defaults to absent fields (in one place) and checks ranges, naming the field. */
    public TrainingConfig {
        steps = steps == 0 ? 3000 : steps;
        batchSize = batchSize == 0 ? 64 : batchSize;
        optimizers = optimizers == null ? Map.of() : Map.copyOf(optimizers);
        schedule = schedule == null ? ScheduleConfig.constant() : schedule;
        logEvery = logEvery == 0 ? 50 : logEvery;
        sampleEvery = sampleEvery == 0 ? 500 : sampleEvery;
        checkpointEvery = checkpointEvery == 0 ? 500 : checkpointEvery;
        gridSize = gridSize == 0 ? 100 : gridSize;
        requirePositive("training.steps", steps);
        requirePositive("training.batchSize", batchSize);
        requirePositive("training.logEvery", logEvery);
        requirePositive("training.sampleEvery", sampleEvery);
        requirePositive("training.checkpointEvery", checkpointEvery);
        requirePositive("training.gridSize", gridSize);
        if (!(emaDecay >= 0 && emaDecay < 1)) {
            throw new IllegalArgumentException("training.emaDecay is " + emaDecay
                    + ", but it must be in [0, 1): 0 turns the average off, 0.999 is a common choice.");
        }
    }

    /** All defaults. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(0, 0, 0, null, null, 0, 0, 0, 0, 0);
    }

    /** The same settings for a run of {@code newSteps} iterations (an extended run). */
    public TrainingConfig withSteps(int newSteps) {
        return new TrainingConfig(newSteps, batchSize, seed, optimizers, schedule, emaDecay, logEvery, sampleEvery,
                checkpointEvery, gridSize);
    }

    /** The optimiser for a phase: its entry, or the default. */
    public OptimizerConfig optimizerFor(String phase) {
        return optimizers.getOrDefault(phase, OptimizerConfig.defaults());
    }

    private static void requirePositive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " is " + value + ", but it must be 1 or more.");
        }
    }
}
