package dev.gan4j.examples.cli;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.config.ScheduleConfig;
import dev.gan4j.core.config.TrainingConfig;
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
 * {@code gan4j resume RUN [--steps N]}: continues a run exactly from its last checkpoint; with
 * {@code --steps} it lengthens the run to N steps in all (a schedule given as fractions of the run
 * stretches; one in steps keeps its counts), recorded in the run directory and the provenance.
 */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Continue a run from its last checkpoint.")
public final class ResumeCommand implements Callable<Integer> {
    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;
    private final Provider<Set<TrainingListener>> listeners;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run directory.")
    private Path runPath;

    @Option(names = "--steps", paramLabel = "N",
            description = "Extend the run to N steps in all (recorded in extensions.json and the provenance).")
    private Integer steps;

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
        String extension = null;
        if (steps != null) {
            Checkpoint latest = directory.checkpoints().readLatest().orElseThrow(() -> new IllegalStateException(
                    "The run " + runPath + " has no checkpoint to extend; start it with `gan4j train`."));
            TrainingConfig training = resolved.config().training();
            int before = directory.extensions().steps(training.steps());
            directory = directory.extendedTo(steps, latest.step(), training.steps());
            extension = "Extending " + runPath + " from " + before + " to " + steps + " steps; "
                    + scheduleAfterExtension(training.schedule(), before, steps);
        }
        // the trainer checks the schedule over the new length before anything is written
        AlternatingTrainer trainer = run.trainer(directory, List.copyOf(listeners.get()), runOptions.dataContext());
        if (extension != null) {
            spec.commandLine().getErr().println(extension);
        }
        try (RunDirectoryLock lock = directory.lock()) {
            directory.materialise();
            Path from = trainer.resumeFromLatest().orElseThrow(() -> new IllegalStateException("The run " + runPath
                    + " has no checkpoint to resume from; start it with `gan4j train`."));
            spec.commandLine().getErr().println("Resuming " + runPath + " from " + from + " at step " + trainer.step());
            spec.commandLine().getErr().println(Kernels.describe(Kernels.current()));
            trainer.train();
        }
        spec.commandLine().getOut().println("Done: " + runPath);
        return 0;
    }

    /** What an extension does to the learning-rate schedule, as the end of a sentence. */
    static String scheduleAfterExtension(ScheduleConfig schedule, int before, int after) {
        return switch (schedule.type()) {
            case "linear-decay" -> ScheduleConfig.isFraction(schedule.hold())
                    ? "the schedule stretches with the run: it holds the rate to step " + schedule.holdSteps(after)
                        + " (" + schedule.hold() + " of the run) and decays it to zero at step " + after + "."
                    : "the schedule's hold of " + schedule.holdSteps(after) + " steps stays, and the decay after it now"
                        + " reaches zero at step " + after + " instead of " + before + ".";
            case "step" -> ScheduleConfig.isFraction(schedule.every())
                    ? "the schedule stretches with the run: the rate now falls every " + schedule.everySteps(after)
                        + " steps (" + schedule.every() + " of the run)."
                    : "the rate keeps falling every " + schedule.everySteps(after) + " steps.";
            default -> "the learning rate stays constant.";
        };
    }
}
