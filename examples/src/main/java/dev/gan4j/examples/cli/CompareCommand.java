package dev.gan4j.examples.cli;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistDataConfig;
import dev.gan4j.core.eval.ReferenceImages;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.examples.compare.ComparedFamily;
import dev.gan4j.examples.compare.ComparisonReport;
import dev.gan4j.examples.compare.FamilyComparison;
import dev.gan4j.examples.eval.SampleMeasurement;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code gan4j compare CONFIG... --out FILE.html [--seconds S | --cpu-seconds S]}: trains each config
 * (normally the autoencoder, vae, ebm and gan or dcgan configs of one dataset), one after another,
 * on the same data under the same budget and writes one HTML page comparing them: samples, FID / recall / class histogram (or mode
 * coverage on the toy mixtures), training time and sampling time per 1,000 samples.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Train several families on the same data and budget; write one HTML page comparing their samples.")
public final class CompareCommand implements Callable<Integer> {
    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CONFIG.json", description = "Run configs on the same data.")
    private List<Path> configFiles = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "Where to write the page.")
    private Path out;

    @Option(names = "--seconds", paramLabel = "S",
            description = "Training budget per config in wall-clock seconds (each also stops at its own steps).")
    private Double seconds;

    @Option(names = "--cpu-seconds", paramLabel = "S",
            description = "Training budget per config in CPU seconds of the training thread, the same work for every"
                    + " family however loaded the machine (use with GAN4J_THREADS=1, where every kernel runs on that"
                    + " thread; each also stops at its own steps).")
    private Double cpuSeconds;

    @Option(names = "--steps", description = "Override training.steps of every config.")
    private Integer steps;

    @Option(names = "--n", description = "Samples measured per family (default 10000 for images, 2000 for points).")
    private Integer count;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the measured samples (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private RunOptions runOptions;

    @Inject
    CompareCommand(ConfigLoader configs, Map<String, GanFamily> families) {
        this.configs = configs;
        this.families = families;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        DataContext context = runOptions.dataContext();
        if (seconds != null && cpuSeconds != null) {
            throw new IllegalArgumentException("--seconds and --cpu-seconds were both given, but a comparison has one"
                    + " budget; give wall-clock seconds or CPU seconds of the training thread, not both.");
        }
        boolean cpuBudget = cpuSeconds != null;
        if (cpuBudget && Kernels.defaultThreads() > 1) {
            spec.commandLine().getErr().println("Note: --cpu-seconds counts the training thread alone, and with "
                    + Kernels.THREADS_ENV + "=" + Kernels.defaultThreads() + " the kernels also run on worker threads"
                    + " it does not count; set " + Kernels.THREADS_ENV + "=1 for an equal budget.");
        }
        double budget = cpuBudget ? cpuSeconds : seconds == null ? Double.POSITIVE_INFINITY : seconds;
        FamilyComparison comparison = new FamilyComparison(families, configs, context, budget, cpuBudget,
                () -> imageEvaluator(context), count, seed, stdout::println);
        try {
            List<ComparedFamily> entries = comparison.compare(configFiles, ConfigOverrides.of(List.of(), steps));
            String budgetText = (cpuBudget ? cpuSeconds + " CPU s of the training thread per config (GAN4J_THREADS="
                    + Kernels.defaultThreads() + "), or its training.steps if sooner"
                    : seconds != null ? seconds + " s of training per config, or its training.steps if sooner"
                    : "each config's own training.steps") + (steps == null ? "" : ", training.steps " + steps)
                    + "; the configs trained one after another in one process";
            ComparisonReport.write(out, entries, budgetText);
            stdout.println("Wrote " + out);
        } finally {
            if (comparison.extractor().orElse(null) instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        return 0;
    }

    /** The Fashion-MNIST test split through gan4j's classifier, as {@code gan4j eval}'s defaults measure it. */
    private SampleEvaluator imageEvaluator(DataContext context) {
        try {
            ReferenceImages real = ReferenceImages.resolve("test", FashionMnistDataConfig.defaults(), context);
            return SampleMeasurement.images(real, SampleMeasurement.fashionMnistClassifier(context,
                    spec.commandLine().getErr()::println), 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
