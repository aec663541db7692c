package dev.gan4j.examples.compare;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.PngEncoding;
import dev.gan4j.core.image.ScatterPlot;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.TrainingRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Trains several run configs (normally {@code autoencoder}, {@code vae}, {@code ebm} and
 * {@code gan} or {@code dcgan}) on the same data under the same budget, in memory, and measures each
 * the same way: training time, time to draw 1,000 samples, and the figures of core's evaluation on
 * the samples, with a picture of them. What {@code gan4j compare} runs.
 */
public final class FamilyComparison {
    /** Samples measured per family for images: the 10,000 FID is usually reported at. */
    public static final int IMAGE_SAMPLES = 10_000;
    /** Samples measured per family for the toy mixtures, as the coverage tests use. */
    public static final int POINT_SAMPLES = 2_000;
    private static final int GRID_IMAGES = 64;
    private static final int SCATTER_SIZE = 384;
    private static final int SCATTER_REAL_POINTS = 1_000;

    private final Map<String, GanFamily> families;
    private final ConfigLoader configs;
    private final DataContext data;
    private final BudgetedTraining training;
    private final SampleMeasures measures;
    private final Integer samples;
    private final long seed;
    private final Consumer<String> log;

    /**
     * @param families      the installed families by id
     * @param configs       the loader that knows their configs
     * @param data          where data files are found
     * @param budgetSeconds the most seconds each config trains (it also stops at its own steps), or infinity
     * @param cpuBudget     whether those are CPU seconds of the training thread rather than wall-clock ones
     * @param images        makes the image evaluator on first use (the real images' features)
     * @param samples       samples measured per family, or null for {@value #IMAGE_SAMPLES} (images) or
     *                      {@value #POINT_SAMPLES} (points)
     * @param seed          the seed of the measured samples
     * @param log           progress lines
     */
    public FamilyComparison(Map<String, GanFamily> families, ConfigLoader configs, DataContext data, double budgetSeconds,
                            boolean cpuBudget, Supplier<SampleEvaluator> images, Integer samples, long seed, Consumer<String> log) {
        if (samples != null && samples < 2) {
            throw new IllegalArgumentException("--n is " + samples + ", but a comparison measures at least 2 samples per"
                    + " family (10000 for images is usual).");
        }
        this.families = families;
        this.configs = configs;
        this.data = data;
        this.training = new BudgetedTraining(budgetSeconds, cpuBudget);
        this.measures = new SampleMeasures(images);
        this.samples = samples;
        this.seed = seed;
        this.log = log;
    }

    /**
     * Trains and measures each config in turn.
     *
     * @param overrides applied to every config (a common {@code --steps}, say)
     * @throws IllegalArgumentException naming both files when two configs train on different data
     */
    public List<ComparedFamily> compare(List<Path> configFiles, ConfigOverrides overrides) throws IOException {
        if (configFiles.isEmpty()) {
            throw new IllegalArgumentException("No configs were given; name two or more, such as examples/configs/"
                    + "vae-fashion-mnist.json and examples/configs/ebm-fashion-mnist.json.");
        }
        List<ResolvedConfig> resolved = new ArrayList<>();
        for (Path file : configFiles) {
            resolved.add(configs.parse(Files.readString(file), file.toString(), overrides));
        }
        DataConfig first = resolved.get(0).config().data();
        for (int i = 1; i < resolved.size(); i++) {
            if (!resolved.get(i).config().data().equals(first)) {
                throw new IllegalArgumentException("A comparison trains every family on the same data, but "
                        + configFiles.get(0) + " trains on " + first + " and " + configFiles.get(i) + " on "
                        + resolved.get(i).config().data() + "; give them the same \"data\" object.");
            }
        }
        List<ComparedFamily> entries = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            entries.add(compareOne(label(configFiles.get(i)), resolved.get(i)));
        }
        return entries;
    }

    /** The feature extractor made for images, if any, for the caller to close. */
    public Optional<FeatureExtractor> extractor() {
        return Optional.ofNullable(measures.extractor());
    }

    private ComparedFamily compareOne(String label, ResolvedConfig config) throws IOException {
        TrainingRun run = TrainingRun.prepare(config, families, data);
        log.accept("Training " + label + " (" + config.familyId() + ") ...");
        BudgetedTraining.Result trained = training.train(run);
        GaussianMixture mixture = run.dataset() instanceof GaussianMixture m ? m : null;
        int n = samples != null ? samples : mixture != null ? POINT_SAMPLES : IMAGE_SAMPLES;
        Stopwatch sampling = Stopwatch.start();
        Tensor drawn = trained.trainer().sample(n, new Rng(seed));
        double samplingSeconds = sampling.wallSeconds() * 1000 / n;
        double samplingCpuSeconds = sampling.cpuSeconds() * 1000 / n;
        EvaluationResult evaluation = measures.measure(drawn, mixture, seed);
        log.accept(String.format(Locale.ROOT, "%s: %d steps in %.1f s (%.1f CPU s), %.2f s (%.2f CPU s) per 1,000"
                        + " samples, %s", label, trained.steps(), trained.seconds(), trained.cpuSeconds(), samplingSeconds,
                samplingCpuSeconds, evaluation.metrics()));
        return new ComparedFamily(label, config.familyId(), trained.steps(), trained.seconds(), trained.cpuSeconds(),
                samplingSeconds, samplingCpuSeconds, evaluation, PngEncoding.encode(picture(drawn, run)));
    }

    private BufferedImage picture(Tensor drawn, TrainingRun run) {
        if (drawn.rank() == 4) {
            return ImageGrid.render(drawn.slice(0, 0, Math.min(GRID_IMAGES, drawn.dim(0))));
        }
        Tensor real = run.dataset().batches(SCATTER_REAL_POINTS, new Rng(seed + 1)).next().inputs();
        return ScatterPlot.render(drawn, real, SCATTER_SIZE);
    }

    private static String label(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
