package dev.gan4j.examples.cli;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.RunDirectoryLock;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingRun;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j train CONFIG.json [--out-dir RUN]}: trains, writing samples, metrics and checkpoints
 * into the run directory. On a directory that already holds the same config, it continues. The config,
 * data, networks and schedule are all checked before the directory is created or changed, and the
 * directory is locked while the run writes it.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from a run config; samples, metrics and checkpoints go to the run directory.")
public final class TrainCommand implements Callable<Integer> {
    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;
    private final Provider<Set<TrainingListener>> listeners;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.json", description = "The run config.")
    private Path configFile;

    @Option(names = "--out-dir", paramLabel = "RUN", description = "The run directory (default: runs/<config name>).")
    private Path out;

    @Mixin
    private DeprecatedOutDirectory deprecatedOut;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Override a config field, e.g. --set family.latentSize=64.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--steps", description = "Override training.steps.")
    private Integer steps;

    @Mixin
    private RunOptions runOptions;

    @Inject
    TrainCommand(ConfigLoader configs, Map<String, GanFamily> families, Provider<Set<TrainingListener>> listeners) {
        this.configs = configs;
        this.families = families;
        this.listeners = listeners;
    }

    @Override
    public Integer call() throws Exception {
        ResolvedConfig resolved = configs.load(configFile, ConfigOverrides.of(overrides, steps));
        Path runPath = deprecatedOut.resolve(out, spec).orElse(Path.of("runs", baseName(configFile)));
        // everything that can be checked is checked before the directory is touched
        RunDirectory directory = RunDirectory.planned(runPath, resolved.canonicalJson());
        TrainingRun run = TrainingRun.prepare(resolved, families, runOptions.dataContext());
        AlternatingTrainer trainer = run.trainer(directory, List.copyOf(listeners.get()), runOptions.dataContext());
        try (RunDirectoryLock lock = directory.lock()) {
            directory.materialise();
            trainer.resumeFromLatest().ifPresent(p -> spec.commandLine().getErr().println("Continuing from " + p));
            spec.commandLine().getErr().println("Training " + resolved.familyId() + " on " + run.dataset().description()
                    + " into " + runPath);
            spec.commandLine().getErr().println(Kernels.describe(Kernels.current()));
            trainer.train();
        }
        spec.commandLine().getOut().println("Done: " + runPath + " (samples in " + directory.samplesDirectory() + ")");
        return 0;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
