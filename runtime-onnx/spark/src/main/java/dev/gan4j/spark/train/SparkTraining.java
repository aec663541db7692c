package dev.gan4j.spark.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.DataFrameDataConfig;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.RunProvenanceJson;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.NetworkTensors;
import dev.gan4j.core.train.PhaseReport;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.RunExtensions;
import dev.gan4j.core.train.SampleRequest;
import dev.gan4j.core.train.StepReport;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.core.train.TrainingStart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import dev.gan4j.spark.DataFrameImages;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Data-parallel training of any gan4j family on Spark, synchronised through Spark's public API
 * only. Each round the driver broadcasts the training state (weights, optimiser states, moving
 * average, step; in the checkpoint format); one task per worker trains K steps of the ordinary
 * {@link AlternatingTrainer} on its disjoint shard of the data ({@link RoundTask}); the driver
 * collects the states keyed by partition, averages them in partition order
 * ({@link StateAverage}), so the result does not depend on which task finished first, and writes
 * the round into the run directory as an ordinary gan4j run: listeners hear each round as a step
 * report (metrics, sample grids), a checkpoint is written atomically after every round, and the
 * provenance records the master, the worker count and K under {@value #PROVENANCE_KEY}. A
 * driver that dies continues from the last checkpointed round when started again on the same
 * run directory.
 *
 * <p>In exact mode ({@link SparkTrainingConfig#exact()}) the driver runs the ordinary trainer instead,
 * whose every optimiser step sums the gradients the workers compute on their slices of the
 * one-machine batch ({@link ExactGradients}), so the run is the one-machine run within float rounding.
 */
public final class SparkTraining {
    /** The provenance key of the Spark settings. */
    public static final String PROVENANCE_KEY = "spark";
    /** The file in the run directory with one line per round: its timings and byte counts. */
    public static final String ROUNDS_FILE = "spark-rounds.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SparkSession spark;
    private final SparkTrainingConfig settings;
    private final TaskHook hook;

    /**
     * @param spark    the session whose cluster trains
     * @param settings the workers and K
     * @param hook     heard on the executors at the start of each task ({@link TaskHook#NONE} outside tests)
     */
    public SparkTraining(SparkSession spark, SparkTrainingConfig settings, TaskHook hook) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /**
     * The task slots of the cluster: Spark's default parallelism (the cores of {@code local[N]},
     * the executors' cores of a cluster).
     */
    public int taskSlots() {
        return spark.sparkContext().defaultParallelism();
    }

    /**
     * Checks, before any directory is touched, that the cluster has a task slot for every worker
     * and that the data has an item for every worker.
     *
     * @throws IllegalArgumentException as a sentence that says how many slots or items there are
     */
    public void requireFits(TrainingRun run) {
        requireSlots();
        requireFitsData(run);
    }

    /**
     * Checks, before any directory is touched, that the cluster has a task slot for every worker,
     * that the run config's data is of type {@value DataFrameDataConfig#TYPE}, that the mode is not
     * exact, and that the DataFrame has a row for every worker (a count on the executors).
     *
     * @throws IllegalArgumentException as a sentence that says what does not fit and how to fix it
     */
    public void requireFits(TrainingRun run, DataFrameImages images) {
        requireSlots();
        if (!(run.config().config().data() instanceof DataFrameDataConfig)) {
            throw new IllegalArgumentException("Images from a DataFrame were given, but the run config's data is "
                    + run.dataset().description() + "; give the config {\"data\": {\"type\": \""
                    + DataFrameDataConfig.TYPE + "\", \"size\": SIDE, \"channels\": 1 or 3}}, which fixes the "
                    + "images' shape.");
        }
        if (settings.exact()) {
            throw new IllegalArgumentException("--exact regenerates the one-machine batch on every worker, which needs "
                    + "the whole training set on each, but a DataFrame's rows are divided among the workers; drop "
                    + "--exact to average the workers' states every --sync-every steps.");
        }
        long rows = images.count();
        if (rows < settings.workers()) {
            throw new IllegalArgumentException("The DataFrame has " + rows + " rows, fewer than the "
                    + settings.workers() + " workers, so some workers would get none; give at most " + rows
                    + " workers or more rows.");
        }
    }

    private void requireSlots() {
        int slots = taskSlots();
        if (settings.workers() > slots) {
            throw new IllegalArgumentException("--workers is " + settings.workers() + ", but the cluster at "
                    + spark.sparkContext().master() + " has " + slots + " task slots, so the workers of a round "
                    + "could not run at once; give --workers " + slots + " or fewer, or a larger cluster.");
        }
    }

    private void requireFitsData(TrainingRun run) {
        if (run.config().config().data() instanceof DataFrameDataConfig) {
            throw new IllegalArgumentException("The run config's data is of type \"" + DataFrameDataConfig.TYPE
                    + "\", whose rows come from a DataFrame, but none was given; give the images with --images "
                    + "(or SparkTraining.train(..., DataFrameImages)).");
        }
        if (!settings.exact()) {
            DataShard.requireEnoughItems(run.dataset(), settings.workers());
            return;
        }
        int batch = run.config().config().training().batchSize();
        if (batch % settings.workers() != 0) {
            throw new IllegalArgumentException("--exact divides each batch of training.batchSize = " + batch
                    + " examples among the " + settings.workers() + " workers in equal slices, but " + batch
                    + " is not a multiple of " + settings.workers() + "; give a training.batchSize that is (the "
                    + "one-machine batch; each worker takes batchSize / workers), or another --workers.");
        }
        for (Parameter p : NetworkTensors.named(run.system())) {
            if (p.name().endsWith("running_mean")) {
                throw new IllegalArgumentException("--exact cannot train this system exactly: \""
                        + p.name().substring(0, p.name().length() - "running_mean".length() - 1) + "\" is a batch "
                        + "norm, whose statistics would be each worker's slice's instead of the whole batch's (as "
                        + "PyTorch's DDP without SyncBatchNorm); use networks without batch norm, or drop --exact to "
                        + "average the workers' states every --sync-every steps.");
            }
        }
    }

    /**
     * Trains {@code run} into {@code directory} (which must exist and be locked by the caller),
     * continuing from its newest checkpoint if it has one.
     *
     * @param listeners the run's listeners (metrics log, sample grids, ...), called on the driver once per round
     * @param data      where the driver and the executors find the data files
     * @return the rounds trained in this session
     * @throws IllegalArgumentException as a sentence when the workers exceed the task slots or the data has fewer
     *                                  items than workers
     */
    public Summary train(TrainingRun run, RunDirectory directory, List<? extends TrainingListener> listeners,
                         DataContext data) throws IOException {
        requireFits(run);
        if (settings.exact()) {
            return trainExactly(run, directory, listeners, data);
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return trainRounds(run, directory, listeners, data, context
                .parallelize(IntStream.range(0, settings.workers()).boxed().toList(), settings.workers()),
                ShardSource.BY_INDEX);
    }

    /**
     * Trains {@code run} on the images of a DataFrame column into {@code directory} (which must exist
     * and be locked by the caller), continuing from its newest checkpoint if it has one. The run
     * config's data is of type {@value DataFrameDataConfig#TYPE} (the images' shape); the rows are
     * divided among the workers by index and converted and kept on the executors
     * ({@link DataFrameImages#shards}), never collected to the driver. Averaging mode only.
     *
     * @throws IllegalArgumentException as a sentence when the workers exceed the task slots or the rows, the
     *                                  config's data is of another type, or the mode is exact
     */
    public Summary train(TrainingRun run, RunDirectory directory, List<? extends TrainingListener> listeners,
                         DataContext data, DataFrameImages images) throws IOException {
        requireFits(run, images);
        JavaRDD<float[]> shards = images.shards(settings.workers(), run.dataset().spec().sampleShape());
        try {
            return trainRounds(run, directory, listeners, data, shards, ShardSource.ROWS);
        } finally {
            shards.unpersist(false);
        }
    }

    /** The averaging mode's rounds, each a job over {@code items}, one partition per worker. */
    private <T> Summary trainRounds(TrainingRun run, RunDirectory directory,
                                    List<? extends TrainingListener> listeners, DataContext data, JavaRDD<T> items,
                                    ShardSource<T> shards) throws IOException {
        AlternatingTrainer trainer = driverTrainer(run, directory, data).build();
        Optional<Path> resumedFrom = trainer.resumeFromLatest();
        TrainingConfig training = config(run, directory);
        long target = training.steps();
        TrainingStart start = new TrainingStart(trainer.step(), target, training, run.system(), run.dataset(),
                run.seeds(), Optional.of(directory), resumedFrom, Optional.of(run.config().config()), data,
                provenance(run, directory));
        String dataDirectory = data.dataDirectory() == null ? null : data.dataDirectory().toString();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long begun = System.nanoTime();
        int rounds = 0;
        try {
            listeners.forEach(l -> l.onStart(start));
            while (trainer.step() < target) {
                long from = trainer.step();
                long to = Math.min(target, from + settings.syncEvery());
                long roundStart = System.nanoTime();
                Checkpoint state = trainer.checkpoint();
                byte[] bytes = TrainingStates.toBytes(state);
                Broadcast<byte[]> broadcast = context.broadcast(bytes);
                long jobStart = System.nanoTime();
                List<RoundResult> results = new ArrayList<>(items
                        .mapPartitionsWithIndex(new RoundTask<>(run.config().canonicalJson(), dataDirectory, broadcast,
                                settings.workers(), to, hook, shards), false)
                        .collect());
                long jobEnd = System.nanoTime();
                broadcast.destroy();
                results.sort(Comparator.comparingInt(RoundResult::partition));
                List<Checkpoint> parts = results.stream().map(r -> TrainingStates.fromBytes(r.state(),
                        "the state of worker " + r.partition() + " after step " + to)).toList();
                trainer.restore(StateAverage.of(parts, to, state), "The average of round " + (rounds + 1));
                long averaged = System.nanoTime();
                rounds++;
                long round = roundOf(to);
                StepReport report = new StepReport(to, target, (System.nanoTime() - begun) / 1e9, Instant.now(),
                        phaseReports(results), labels(round));
                listeners.forEach(l -> l.onStepEnd(report));
                if (crosses(from, to, training.sampleEvery()) || to == target) {
                    SampleRequest request = sampleRequest(trainer, to);
                    listeners.forEach(l -> l.onSampleTime(request));
                }
                Path file = directory.checkpoints().write(trainer.checkpoint());
                listeners.forEach(l -> l.onCheckpointWritten(to, file));
                long written = System.nanoTime();
                RoundLog.append(directory.path().resolve(ROUNDS_FILE), new RoundLog.Line(round,
                        to, settings.workers(), settings.syncEvery(), bytes.length,
                        results.stream().mapToLong(r -> r.state().length).sum(), ms(roundStart, jobStart),
                        ms(jobStart, jobEnd), ms(jobEnd, averaged), ms(averaged, written)));
            }
            long end = trainer.step();
            listeners.forEach(l -> l.onEnd(end));
        } catch (RuntimeException | Error e) {
            for (TrainingListener l : listeners) {
                try {
                    l.onFailure(trainer.step(), e);
                } catch (RuntimeException second) {
                    e.addSuppressed(second);
                }
            }
            throw e;
        }
        return new Summary(rounds, trainer.step(), resumedFrom);
    }

    /**
     * What a session did.
     *
     * @param rounds      the rounds trained (in exact mode, phase steps)
     * @param step        the step reached
     * @param resumedFrom the checkpoint it continued from, if any
     */
    public record Summary(int rounds, long step, Optional<Path> resumedFrom) {
    }

    /**
     * The exact mode: the driver runs the ordinary trainer (listeners, checkpoints every
     * {@code checkpointEvery} steps, sample grids, moving average), whose every optimiser step takes
     * its gradients from a Spark job over the workers ({@link ExactGradients}).
     */
    private Summary trainExactly(TrainingRun run, RunDirectory directory, List<? extends TrainingListener> listeners,
                                 DataContext data) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ExactGradients gradients = new ExactGradients(context, run.system(), run.config().canonicalJson(),
                data.dataDirectory() == null ? null : data.dataDirectory().toString(), settings.workers(), hook,
                directory.path().resolve(ROUNDS_FILE));
        AlternatingTrainer trainer = driverTrainer(run, directory, data)
                .optListeners(listeners)
                .optGradientSource(gradients)
                .build();
        Optional<Path> resumedFrom = trainer.resumeFromLatest();
        trainer.trainUntil(config(run, directory).steps());
        return new Summary(Math.toIntExact(gradients.rounds()), trainer.step(), resumedFrom);
    }

    /** The driver's trainer: in averaging mode it never steps, it holds the state, samples and writes checkpoints. */
    private AlternatingTrainer.Builder driverTrainer(TrainingRun run, RunDirectory directory, DataContext data) {
        return AlternatingTrainer.builder()
                .setSystem(run.system())
                .setDataset(run.dataset())
                .setTraining(config(run, directory))
                .optSeeds(run.seeds())
                .optRunDirectory(directory)
                .optProvenance(provenance(run, directory)::apply)
                .optRunConfig(run.config().config())
                .optDataContext(data);
    }

    private static TrainingConfig config(TrainingRun run, RunDirectory directory) {
        TrainingConfig training = run.config().config().training();
        return training.withSteps(directory.extensions().steps(training.steps()));
    }

    /** The run's provenance at a step (as {@link TrainingRun#trainer} records it) with the Spark settings added. */
    private java.util.function.LongFunction<String> provenance(TrainingRun run, RunDirectory directory) {
        RunProvenance provenance = RunProvenance.of(run.config(), run.dataset().description(), run.dataset().files(), 0);
        RunProvenanceJson json = new RunProvenanceJson();
        RunExtensions extensions = directory.extensions();
        Map<String, Object> spark = new LinkedHashMap<>();
        spark.put("master", this.spark.sparkContext().master());
        spark.put("workers", settings.workers());
        spark.put("syncEvery", settings.syncEvery());
        if (settings.exact()) {
            spark.put("exact", true);
        }
        return step -> {
            try {
                Map<String, Object> map = JSON.readValue(extensions.provenanceJson(json, provenance.atStep(step)),
                        new TypeReference<LinkedHashMap<String, Object>>() { });
                map.put(PROVENANCE_KEY, spark);
                return JSON.writeValueAsString(map);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("The provenance of step " + step + " could not be written as JSON.", e);
            }
        };
    }

    /** The round as one step report: each phase's loss and metrics averaged over the workers, in partition order. */
    private static Map<String, PhaseReport> phaseReports(List<RoundResult> results) {
        Map<String, PhaseReport> reports = new LinkedHashMap<>();
        RoundResult first = results.get(0);
        for (String phase : first.losses().keySet()) {
            double loss = results.stream().mapToDouble(r -> r.losses().get(phase)).sum() / results.size();
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (String metric : first.metrics().get(phase).keySet()) {
                metrics.put(metric, results.stream().mapToDouble(r -> r.metrics().get(phase).get(metric)).sum()
                        / results.size());
            }
            reports.put(phase, new PhaseReport(loss, metrics, first.learningRates().get(phase)));
        }
        return reports;
    }

    /**
     * The round that ends at step {@code to}, counted from 1 on the step axis (a last round cut
     * short by the step target still counts), so it is the same after a resume.
     */
    private long roundOf(long to) {
        return (to + settings.syncEvery() - 1) / settings.syncEvery();
    }

    /** The fields a round adds to its line in {@code metrics.jsonl}. */
    private Map<String, Long> labels(long round) {
        Map<String, Long> labels = new LinkedHashMap<>();
        labels.put("round", round);
        labels.put("workers", (long) settings.workers());
        return labels;
    }

    private static boolean crosses(long from, long to, int every) {
        return to / every > from / every;
    }

    private static SampleRequest sampleRequest(AlternatingTrainer trainer, long at) {
        return new SampleRequest() {
            @Override
            public long step() {
                return at;
            }

            @Override
            public Tensor sample(Tensor noise) {
                return trainer.sample(noise);
            }
        };
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
