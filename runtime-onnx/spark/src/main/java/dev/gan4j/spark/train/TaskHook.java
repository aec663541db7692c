package dev.gan4j.spark.train;

import java.io.Serializable;

/**
 * Called on the executor when a round's task starts, before it trains: where a test fails an
 * attempt on purpose, or stops its executor, to show that a retried task gives the same result.
 */
@FunctionalInterface
public interface TaskHook extends Serializable {
    /** No hook. */
    TaskHook NONE = (startStep, partition, attempt) -> { };

    /**
     * Hears the start of a task.
     *
     * @param startStep the step the round starts from
     * @param partition the task's partition
     * @param attempt   Spark's attempt number of the task (0 for the first)
     */
    void onTaskStart(long startStep, int partition, int attempt);
}
