package dev.gan4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistDataConfig;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.data.Grid25DataConfig;
import dev.gan4j.core.data.IdxReader;
import dev.gan4j.core.data.Ring8DataConfig;
import dev.gan4j.core.eval.ClassPreservation;
import dev.gan4j.core.data.ImageTransform;
import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.eval.ReferenceImages;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.eval.SampleFile;
import dev.gan4j.core.eval.TranslationError;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.examples.eval.SampleMeasurement;
import dev.gan4j.runtime.onnx.eval.OnnxFeatureExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j eval RUN|SAMPLES.idx}: measures samples against real images and prints one JSON
 * line. On a run directory it samples {@code --n} images from its latest (or best) checkpoint; on
 * an IDX file (float32 in [-1, 1], or uint8) it takes the images as they are. Images are compared
 * through gan4j's Fashion-MNIST classifier or an ONNX feature model; 2-D points of the toy
 * mixtures get mode coverage.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure samples (FID, KID, precision/recall, class figures, mode coverage); prints one JSON line.")
public final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN|SAMPLES.idx", description = "A run directory, or an IDX file of samples.")
    private Path input;

    @Option(names = "--reference", defaultValue = "test", paramLabel = "test|train|FILE.idx|ring8|grid25",
            converter = ReferenceData.Converter.class,
            description = "Real data to compare with (default: ${DEFAULT-VALUE}).")
    private ReferenceData reference;

    @Option(names = "--features", defaultValue = "fashion-mnist", paramLabel = "fashion-mnist|MODEL.onnx",
            description = "Feature extractor (default: ${DEFAULT-VALUE}).")
    private String features;

    @Option(names = "--features-output", paramLabel = "NAME", description = "The output of the ONNX feature model to use.")
    private String featuresOutput;

    @Option(names = "--labels", paramLabel = "LABELS.idx", description = "The class each sample was generated for (conditional accuracy).")
    private Path labels;

    @Option(names = "--ground-truth", paramLabel = "TRUTH.idx", description = "Paired ground truth of translations (MAE, PSNR).")
    private Path groundTruth;

    @Option(names = "--source", paramLabel = "SOURCE.idx",
            description = "The images the samples were translated from, in order (class preservation).")
    private Path source;

    @Option(names = "--undo", paramLabel = "invert|flip_invert|flip|rotate_invert",
            description = "The transform that made the translations' domain, undone before classifying them.")
    private String undo;

    @Option(names = "--source-undo", paramLabel = "invert|flip_invert|flip|rotate_invert",
            description = "The transform that made the sources' domain, undone before classifying them.")
    private String sourceUndo;

    @Option(names = "--checkpoint", defaultValue = "latest", paramLabel = "latest|best",
            description = "Which checkpoint of a run to sample from (default: ${DEFAULT-VALUE}).")
    private CheckpointChoice checkpoint;

    @Option(names = "--n", description = "Samples to draw from a run (default 10000), or to take from a file (default: all).")
    private Integer count;

    @Option(names = "--k", defaultValue = "3", description = "Neighbourhood size of precision/recall (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the noise and of KID's subsets (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private RunOptions runOptions;

    @Inject
    EvalCommand(ConfigLoader configs, Map<String, GanFamily> families) {
        this.configs = configs;
        this.families = families;
    }

    @Override
    public Integer call() throws Exception {
        if (count != null && count < 1) {
            throw new IllegalArgumentException("--n must be 1 or more, but was " + count + ".");
        }
        DataContext context = runOptions.dataContext();
        Map<String, Object> line = new LinkedHashMap<>();
        Tensor samples;
        DataConfig data = FashionMnistDataConfig.defaults();
        if (Files.isDirectory(input)) {
            RunDirectory directory = RunDirectory.open(input);
            ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(),
                    ConfigOverrides.none());
            Checkpoint chosen = checkpoint.read(directory.checkpoints(), input);
            TrainingRun run = TrainingRun.prepareForSampling(resolved, families, context);
            samples = TrainedSampler.fromCheckpoint(run.system(), chosen).sample(count == null ? 10_000 : count,
                    new Rng(seed));
            data = resolved.config().data();
            line.put("run", input.toString());
            line.put("checkpoint", checkpoint.optionValue());
            line.put("step", chosen.step());
        } else {
            samples = SampleFile.read(input, "the samples");
            if (count != null && count < samples.dim(0)) {
                samples = samples.slice(0, 0, count);
            }
            line.put("samples_file", input.toString());
        }
        EvaluationResult result = isPoints(samples) ? coverage(samples, data) : images(samples, data, context);
        line.putAll(result.toMap());
        if (groundTruth != null) {
            TranslationError error = TranslationError.between(samples, SampleFile.read(groundTruth, "the ground truth"));
            line.put(EvaluationResult.MAE, error.meanAbsoluteError());
            line.put(EvaluationResult.PSNR, Double.isFinite(error.psnr()) ? error.psnr() : null);
        }
        if (source != null) {
            Tensor sources = SampleFile.read(source, "the source images");
            if (count != null && count < sources.dim(0)) {
                sources = sources.slice(0, 0, count);
            }
            FeatureExtractor classifier = extractor(context);
            try {
                ClassPreservation kept = ClassPreservation.of(classifier, sources,
                        sourceUndo == null ? null : ImageTransform.byName(sourceUndo, "--source-undo"), samples,
                        undo == null ? null : ImageTransform.byName(undo, "--undo"));
                line.put(ClassPreservation.KEY, kept.preserved());
            } finally {
                if (classifier instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
        } else if (undo != null || sourceUndo != null) {
            throw new IllegalArgumentException("--undo and --source-undo apply to class preservation, which needs "
                    + "--source SOURCE.idx (the images that were translated).");
        }
        spec.commandLine().getOut().println(JSON.writeValueAsString(line));
        return 0;
    }

    private static boolean isPoints(Tensor samples) {
        return samples.rank() == 2 && samples.dim(1) == 2;
    }

    private EvaluationResult coverage(Tensor points, DataConfig data) {
        GaussianMixture mixture;
        if (data instanceof Ring8DataConfig ring) {
            mixture = ring.mixture();
        } else if (data instanceof Grid25DataConfig grid) {
            mixture = grid.mixture();
        } else if (reference.kind() == ReferenceData.Kind.RING8) {
            mixture = Ring8DataConfig.defaults().mixture();
        } else if (reference.kind() == ReferenceData.Kind.GRID25) {
            mixture = Grid25DataConfig.defaults().mixture();
        } else {
            throw new IllegalArgumentException("The samples are 2-D points " + points.shape() + "; give the mixture "
                    + "they imitate with --reference ring8 or --reference grid25.");
        }
        return SampleMeasurement.coverage(points, mixture);
    }

    private EvaluationResult images(Tensor samples, DataConfig data, DataContext context) throws IOException {
        if (reference.mixture()) {
            throw new IllegalArgumentException("--reference " + reference.name() + " is a mixture of 2-D points, but"
                    + " the samples are images " + samples.shape() + "; give test, train or an IDX file of real images.");
        }
        long start = System.nanoTime();
        ReferenceImages real = ReferenceImages.resolve(reference.name(), data, context);
        int[] labelValues = labels == null ? null : IdxReader.read(labels).toIntArray();
        FeatureExtractor extractor = extractor(context);
        try {
            SampleEvaluator evaluator = SampleMeasurement.images(real, extractor, k);
            EvaluationResult result = SampleMeasurement.evaluate(evaluator, samples, labelValues, seed);
            return new EvaluationResult(result.extractor(), result.reference(), result.samples(),
                    (System.nanoTime() - start) / 1e9, result.metrics());
        } finally {
            if (extractor instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    spec.commandLine().getErr().println("Closing the feature model failed: " + e.getMessage());
                }
            }
        }
    }

    private FeatureExtractor extractor(DataContext context) throws IOException {
        if (features.equals("fashion-mnist")) {
            return SampleMeasurement.fashionMnistClassifier(context, spec.commandLine().getErr()::println);
        }
        if (features.toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            if (featuresOutput == null) {
                throw new IllegalArgumentException("--features " + features + " needs --features-output NAME, the "
                        + "model output that holds the features (the pool layer of Inception, say).");
            }
            return OnnxFeatureExtractor.open(Path.of(features), featuresOutput);
        }
        throw new IllegalArgumentException("--features is \"" + features + "\", but it must be fashion-mnist or the "
                + "path of an .onnx model.");
    }
}
