package dev.gan4j.spark.train;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

/**
 * One worker's part of one exact-mode step, run as a Spark task: it takes a prepared worker of this
 * executor ({@link ExecutorCache}; the first task of a run on an executor opens the whole dataset and
 * builds the system) and computes the phase's gradients on its slice of the one-machine batch
 * ({@link ExactWorker}). Everything it reads is in the task or the broadcast, so a retried attempt
 * returns the same numbers.
 */
final class ExactTask implements Function2<Integer, Iterator<Integer>, Iterator<ExactPart>> {
    private static final long serialVersionUID = 1L;

    /** This executor JVM's prepared workers. */
    private static final ExecutorCache<ExactWorker> WORKERS = new ExecutorCache<>();

    private final String canonicalConfig;
    private final String dataDirectory;
    private final Broadcast<ExactState> state;
    private final String phase;
    private final int workers;
    private final TaskHook hook;

    /**
     * @param canonicalConfig the run's canonical config JSON
     * @param dataDirectory   the data directory the driver was given, or null for the standard places
     * @param state           the step's weights, stream position and noise state
     * @param phase           the phase whose gradients to compute
     * @param workers         the number of partitions
     * @param hook            heard at the start of each attempt
     */
    ExactTask(String canonicalConfig, String dataDirectory, Broadcast<ExactState> state, String phase, int workers,
              TaskHook hook) {
        this.canonicalConfig = canonicalConfig;
        this.dataDirectory = dataDirectory;
        this.state = state;
        this.phase = phase;
        this.workers = workers;
        this.hook = hook;
    }

    @Override
    public Iterator<ExactPart> call(Integer partition, Iterator<Integer> ignored) {
        ExactState step = state.value();
        TaskContext context = TaskContext.get();
        hook.onTaskStart(step.iteration(), partition, context == null ? 0 : context.attemptNumber());
        ExecutorCache.Key key = new ExecutorCache.Key(canonicalConfig, dataDirectory);
        ExactWorker worker = WORKERS.take(key,
                () -> new ExactWorker(OpenedRun.open(canonicalConfig, dataDirectory, partition).run()));
        ExactPart part = worker.compute(step, phase, partition, workers);
        WORKERS.giveBack(key, worker);
        return List.of(part).iterator();
    }
}
