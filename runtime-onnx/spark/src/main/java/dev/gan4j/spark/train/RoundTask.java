package dev.gan4j.spark.train;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.PhaseReport;
import dev.gan4j.core.train.RunSeeds;
import dev.gan4j.core.train.StepReport;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingRun;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

/**
 * One worker's part of a round, run as a Spark task: it reads the broadcast state, opens its
 * shard of the data (by index, or its partition's rows of a DataFrame: {@link ShardSource}), builds the ordinary {@link AlternatingTrainer} for the run config, gives it
 * the broadcast weights, optimiser states and moving average with its own data order and noise
 * (seeded by {@link TaskSeeds}: the round and the partition, not the attempt), trains up to the
 * round's last step and returns its state. Everything it reads is in the task or the broadcast,
 * so a retried attempt gives the same bytes.
 */
final class RoundTask<T> implements Function2<Integer, Iterator<T>, Iterator<RoundResult>> {
    private static final long serialVersionUID = 1L;

    /** This executor JVM's opened runs, reused round after round. */
    private static final ExecutorCache<OpenedRun> OPENED = new ExecutorCache<>();

    private final String canonicalConfig;
    private final String dataDirectory;
    private final Broadcast<byte[]> state;
    private final int workers;
    private final long targetStep;
    private final TaskHook hook;
    private final ShardSource<T> shards;

    /**
     * @param canonicalConfig the run's canonical config JSON
     * @param dataDirectory   the data directory the driver was given, or null for the standard places
     * @param state           the round's starting state, in the checkpoint format
     * @param workers         the number of partitions
     * @param targetStep      the step the round ends at
     * @param hook            heard at the start of each attempt
     * @param shards          where the worker's share of the data is
     */
    RoundTask(String canonicalConfig, String dataDirectory, Broadcast<byte[]> state, int workers, long targetStep,
              TaskHook hook, ShardSource<T> shards) {
        this.canonicalConfig = canonicalConfig;
        this.dataDirectory = dataDirectory;
        this.state = state;
        this.workers = workers;
        this.targetStep = targetStep;
        this.hook = hook;
        this.shards = shards;
    }

    @Override
    public Iterator<RoundResult> call(Integer partition, Iterator<T> items) {
        Checkpoint start = TrainingStates.fromBytes(state.value(), "the broadcast training state");
        TaskContext context = TaskContext.get();
        hook.onTaskStart(start.step(), partition, context == null ? 0 : context.attemptNumber());
        ExecutorCache.Key key = new ExecutorCache.Key(canonicalConfig, dataDirectory);
        OpenedRun opened = OPENED.take(key, () -> OpenedRun.open(canonicalConfig, dataDirectory, partition));
        TrainingRun full = opened.run();
        ResolvedConfig config = full.config();
        Dataset shard = shards.shard(full.dataset(), items, partition, workers);
        RunSeeds seeds = RunSeeds.of(TaskSeeds.of(config.config().training().seed(), start.step(), partition));
        TrainingRun run = new TrainingRun(config, full.family(), shard, seeds, full.system());
        LastStep last = new LastStep();
        AlternatingTrainer trainer = run.trainer(null, List.of(last), opened.data());
        Checkpoint own = trainer.checkpoint();
        trainer.restore(new Checkpoint(start.step(), start.tensors(), start.optimizerStates(), start.averageState(),
                own.randomStates(), own.dataState(), own.config(), own.provenance()),
                "The broadcast state of step " + start.step());
        trainer.trainUntil(targetStep);
        RoundResult result = last.result(partition, TrainingStates.toBytes(trainer.checkpoint()));
        OPENED.giveBack(key, opened);
        return List.of(result).iterator();
    }

    /** This executor JVM's opened runs (tests clear them to compare a reused run with a fresh one). */
    static ExecutorCache<OpenedRun> openedRuns() {
        return OPENED;
    }

    /** Keeps the last step's report. */
    private static final class LastStep implements TrainingListener {
        private StepReport report;

        @Override
        public void onStepEnd(StepReport step) {
            this.report = step;
        }

        RoundResult result(int partition, byte[] bytes) {
            LinkedHashMap<String, Double> losses = new LinkedHashMap<>();
            LinkedHashMap<String, LinkedHashMap<String, Double>> metrics = new LinkedHashMap<>();
            LinkedHashMap<String, Double> rates = new LinkedHashMap<>();
            for (Map.Entry<String, PhaseReport> e : report.phases().entrySet()) {
                losses.put(e.getKey(), e.getValue().loss());
                metrics.put(e.getKey(), new LinkedHashMap<>(e.getValue().metrics()));
                rates.put(e.getKey(), e.getValue().learningRate());
            }
            return new RoundResult(partition, bytes, losses, metrics, rates);
        }
    }
}
