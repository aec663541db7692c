package dev.gan4j.examples.cli;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.RunDirectoryLock;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingRun;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan4j resume RUN}: continues a run exactly from its last checkpoint. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Continue a run from its last checkpoint.")
public final class ResumeCommand implements Callable<Integer> {
    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;
    private final Provider<Set<TrainingListener>> listeners;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run directory.")
    private Path runPath;

    @Mixin
    private RunOptions runOptions;

    @Inject
    ResumeCommand(ConfigLoader configs, Map<String, GanFamily> families, Provider<Set<TrainingListener>> listeners) {
        this.configs = configs;
        this.families = families;
        this.listeners = listeners;
    }

    @Override
    public Integer call() throws Exception {
        RunDirectory directory = RunDirectory.open(runPath);
        ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(),
                ConfigOverrides.none());
        TrainingRun run = TrainingRun.prepare(resolved, families, runOptions.dataContext());
        AlternatingTrainer trainer = run.trainer(directory, List.copyOf(listeners.get()), runOptions.dataContext());
        try (RunDirectoryLock lock = directory.lock()) {
            Path from = trainer.resumeFromLatest().orElseThrow(() -> new IllegalStateException("The run " + runPath
                    + " has no checkpoint to resume from; start it with `gan4j train`."));
            spec.commandLine().getErr().println("Resuming " + runPath + " from " + from + " at step " + trainer.step());
            trainer.train();
        }
        spec.commandLine().getOut().println("Done: " + runPath);
        return 0;
    }
}
