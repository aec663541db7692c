package dev.gan4j.spark.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.inject.Gan4jCoreModule;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.RunDirectoryLock;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.spark.DataFrameImages;
import dev.gan4j.spark.train.SparkTraining;
import dev.gan4j.spark.train.SparkTrainingConfig;
import dev.gan4j.spark.train.TaskHook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j spark train CONFIG.json --workers N [--sync-every K | --exact] [--images DIR] [--master URL]}: data-parallel
 * training of any family on Spark ({@link SparkTraining}), into an ordinary run directory that
 * {@code gan4j export}, {@code gan4j eval} and {@code gan4j report} read. Started again on the same
 * directory, it continues from the last finished round.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from a run config on Spark, data-parallel, synchronising every K steps.")
public final class SparkTrainCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.json", description = "The run config.")
    private Path configFile;

    @Option(names = "--workers", required = true, paramLabel = "N",
            description = "Tasks per round, each on its own shard of the data (at most the cluster's task slots).")
    private int workers;

    @Option(names = "--sync-every", paramLabel = "K",
            description = "Steps each worker trains between synchronisations (default: "
                    + SparkTrainingConfig.DEFAULT_SYNC_EVERY + "; 1 with --exact).")
    private Integer syncEvery;

    @Option(names = "--exact", description = "Synchronous data parallelism: every phase step sums the workers' "
            + "gradients on their slices of the one-machine batch of training.batchSize and steps once, giving the "
            + "one-machine run within float rounding (no batch norm).")
    private boolean exact;

    @Option(names = "--out-dir", paramLabel = "RUN", description = "The run directory (default: runs/<config name>-spark).")
    private Path out;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Override a config field, e.g. --set training.batchSize=32.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--steps", description = "Override training.steps.")
    private Integer steps;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the data files are (else $GAN4J_DATA, then the system directory).")
    private Path data;

    @Option(names = "--images", paramLabel = "DIR|DATA.parquet", description = "Train on these images instead of "
            + "files the config names (its data must be {\"type\": \"dataframe\", \"size\": S, \"channels\": C}): "
            + "a folder (or glob) of PNG/JPEG files, or a Parquet data set with --format parquet. The rows are divided "
            + "among the workers and stay on the executors.")
    private String images;

    @Option(names = "--format", defaultValue = "image", paramLabel = "image|binaryFile|parquet",
            description = "How --images is read: Spark's image source, its binaryFile source (gan4j decodes the bytes), "
                + "or Parquet (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--column", paramLabel = "NAME", description = "The Parquet column of images: float arrays in the "
            + "model's shape, PNG/JPEG bytes or an image struct (default: image).")
    private String column;

    @Mixin
    private SparkOptions sparkOptions;

    @Override
    public Integer call() throws Exception {
        SparkTrainingConfig settings = new SparkTrainingConfig(workers,
                syncEvery != null ? syncEvery : exact ? 1 : SparkTrainingConfig.DEFAULT_SYNC_EVERY, exact);
        ImageSource source = images == null ? null : new ImageSource(images, format, column);
        if (source == null && (column != null || !"image".equals(format))) {
            throw new IllegalArgumentException("--format and --column say how --images is read, but no --images was "
                    + "given; give --images, or leave them out to train on the data the config names.");
        }
        Injector injector = Guice.createInjector(new Gan4jCoreModule(FamilyDiscovery.scanClasspath()));
        ResolvedConfig resolved = injector.getInstance(ConfigLoader.class)
                .load(configFile, ConfigOverrides.of(overrides, steps));
        Map<String, GanFamily> families = injector.getInstance(Key.get(new TypeLiteral<Map<String, GanFamily>>() { }));
        Set<TrainingListener> listeners = injector.getInstance(Key.get(new TypeLiteral<Set<TrainingListener>>() { }));
        DataContext context = DataContext.standard(data);
        Path runPath = out != null ? out : Path.of("runs", baseName(configFile) + "-spark");
        RunDirectory directory = RunDirectory.planned(runPath, resolved.canonicalJson());
        TrainingRun run = TrainingRun.prepare(resolved, families, context);
        SparkSession spark = sparkOptions.session("train");
        try (RunDirectoryLock lock = directory.lock()) {
            SparkTraining training = new SparkTraining(spark, settings, TaskHook.NONE);
            DataFrameImages frame = null;
            if (source != null) {
                ImageSource.Input input = source.read(spark);
                frame = DataFrameImages.of(input.rows(), input.column());
                training.requireFits(run, frame);
            } else {
                training.requireFits(run);
            }
            directory.materialise();
            spec.commandLine().getErr().println("Training " + resolved.familyId() + " on " + run.dataset().description()
                    + " with " + workers + " workers on " + spark.sparkContext().master() + (exact
                    ? ", exactly (each phase step's gradients summed over the workers)"
                    : ", synchronising every " + settings.syncEvery() + " steps") + ", into " + runPath);
            SparkTraining.Summary summary = frame == null
                    ? training.train(run, directory, List.copyOf(listeners), context)
                    : training.train(run, directory, List.copyOf(listeners), context, frame);
            summary.resumedFrom().ifPresent(p -> spec.commandLine().getErr().println("Continued from " + p));
            spec.commandLine().getOut().println("Done: " + runPath + " (" + summary.rounds() + " rounds to step "
                    + summary.step() + "; samples in " + directory.samplesDirectory() + ")");
            return 0;
        } finally {
            spark.stop();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
