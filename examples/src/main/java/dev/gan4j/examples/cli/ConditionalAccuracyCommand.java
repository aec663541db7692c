package dev.gan4j.examples.cli;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.eval.ClassifierCache;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.examples.cgan.CaptionFile;
import dev.gan4j.examples.cgan.ConditionalAccuracy;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j conditional-accuracy RUN [--per-class N] [--captions FILE]}: how often a conditional
 * run's samples are of the class they were asked for, by gan4j's Fashion-MNIST classifier
 * ({@link ConditionalAccuracy}).
 */
@Command(name = "conditional-accuracy", mixinStandardHelpOptions = true,
        description = "Measure how often a conditional (cgan) run generates the class it is asked for.")
public final class ConditionalAccuracyCommand implements Callable<Integer> {
    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory of a conditional family.")
    private Path runPath;

    @Option(names = "--per-class", defaultValue = "1000", paramLabel = "N",
            description = "Samples asked for per class (default: ${DEFAULT-VALUE}).")
    private int perClass;

    @Option(names = "--captions", paramLabel = "FILE",
            description = "Ask with these captions (class, train|held-out, caption per line, tab-separated) instead of labels.")
    private Path captionFile;

    @Option(names = "--checkpoint", defaultValue = "latest", paramLabel = "latest|best",
            description = "Which checkpoint of the run to measure (default: ${DEFAULT-VALUE}).")
    private CheckpointChoice checkpoint;

    @Mixin
    private RunOptions runOptions;

    @Inject
    ConditionalAccuracyCommand(ConfigLoader configs, Map<String, GanFamily> families) {
        this.configs = configs;
        this.families = families;
    }

    @Override
    public Integer call() throws Exception {
        if (perClass < 1) {
            throw new IllegalArgumentException("--per-class must be 1 or more, but was " + perClass + ".");
        }
        DataContext context = runOptions.dataContext();
        RunDirectory directory = RunDirectory.open(runPath);
        ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(),
                ConfigOverrides.none());
        Checkpoint chosen = checkpoint.read(directory.checkpoints(), runPath);
        TrainingRun run = TrainingRun.prepareForSampling(resolved, families, context);
        if (!(run.system() instanceof ConditionalSystem system)) {
            throw new IllegalArgumentException("The run " + runPath + " is of the family " + run.family().id()
                    + ", which generates without a condition; conditional-accuracy measures conditional runs (cgan).");
        }
        if (captionFile != null && !system.acceptsText()) {
            throw new IllegalArgumentException("--captions needs a model trained on captions, but the run " + runPath
                    + " is conditioned on class labels; leave --captions out.");
        }
        List<List<String>> wordings = captionFile == null ? null
                : CaptionFile.read(captionFile, system.classNames().size());
        TrainedSampler.fromCheckpoint(run.system(), chosen);
        FashionMnistLocator locator = new FashionMnistLocator(context.dataDirectory(), context.environment(),
                FashionMnistLocator.SYSTEM_DIRECTORY);
        FeatureExtractor classifier = new ClassifierCache(ClassifierCache.home(context.environment()), locator,
                spec.commandLine().getErr()::println).load();
        new ConditionalAccuracy(system, classifier).measure(perClass, wordings, "run " + runPath + ", step "
                + chosen.step() + ", asked by " + (wordings == null ? "label" : "captions of " + captionFile),
                spec.commandLine().getOut());
        return 0;
    }
}
