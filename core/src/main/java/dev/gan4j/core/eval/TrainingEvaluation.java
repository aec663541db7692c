package dev.gan4j.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.config.EvaluationConfig;
import dev.gan4j.core.config.RunConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.SampleRequest;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingStart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a run as it trains, when its config has an {@code "evaluation"} object
 * ({@link EvaluationConfig}): every {@code evaluation.every} steps and at the last step it draws
 * {@code evaluation.samples} samples from fixed noise ({@code RunSeeds.evaluation()}) and appends
 * one line to {@code metrics.jsonl}:
 * <pre>{@code
 * {"step":500,"time":"...","evaluation":{"features":"fashion-mnist-cnn-v1","reference":"fashion-mnist test split (10000 images)",
 *  "samples":2000,"seconds":9.1,"fid":41.3,"kid":0.031,"kid_std":0.002,"precision":0.62,"recall":0.41,...}}
 * }</pre>
 * Images of [1, 28, 28] are measured through gan4j's Fashion-MNIST classifier (trained and cached
 * on first use, see {@link ClassifierCache}); 2-D points of the ring and grid mixtures by mode
 * coverage and the high-quality fraction. After each image evaluation with a lower FID than any
 * before, the checkpoint of that step is copied to {@code checkpoints/best.ckpt}.
 */
public final class TrainingEvaluation implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingEvaluation.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Samples generated per forward pass. */
    private static final int SAMPLE_BATCH = 256;

    private EvaluationConfig settings;
    private RunDirectory directory;
    private Tensor noise;
    private Rng subsetRng;
    private SampleEvaluator evaluator;
    private MixtureCoverage coverage;
    private String mixtureName;
    private double bestFid = Double.POSITIVE_INFINITY;
    private long pendingBest = -1;
    private long targetStep = -1;

    /** An evaluation that reads its settings when training starts. */
    public TrainingEvaluation() {
        // per-run state is set in onStart
    }

    @Override
    public void onStart(TrainingStart start) {
        settings = null;
        evaluator = null;
        coverage = null;
        if (start.runDirectory().isEmpty() || start.runConfig().isEmpty()
                || start.runConfig().get().evaluation() == null) {
            return;
        }
        RunConfig run = start.runConfig().get();
        EvaluationConfig config = run.evaluation();
        requireMultiple(config.every(), start.training());
        directory = start.runDirectory().get();
        DataSpec spec = start.dataset().spec();
        try {
            if (start.dataset() instanceof GaussianMixture mixture) {
                coverage = MixtureCoverage.of(mixture);
                mixtureName = mixture.description();
            } else if (spec.isImage()) {
                evaluator = imageEvaluator(config, run, start.dataContext(), spec);
            } else {
                throw new IllegalArgumentException("The run config asks for evaluation, but its data ("
                        + spec + ") is neither images nor a 2-D toy mixture, so there is no metric for it; "
                        + "remove the \"evaluation\" object.");
            }
            bestFid = bestFidSoFar(directory.metricsFile(), start.startStep());
        } catch (IOException e) {
            throw new UncheckedIOException("Preparing the evaluation failed: " + e.getMessage(), e);
        }
        noise = start.system().noise(config.samples(), start.seeds().evaluation());
        subsetRng = start.seeds().evaluation().split();
        pendingBest = -1;
        targetStep = start.targetStep();
        settings = config;
    }

    private static void requireMultiple(int every, TrainingConfig training) {
        if (every % training.sampleEvery() != 0 || every % training.checkpointEvery() != 0) {
            throw new IllegalArgumentException("evaluation.every is " + every + ", but it must be a multiple of "
                    + "training.sampleEvery (" + training.sampleEvery() + ") and of training.checkpointEvery ("
                    + training.checkpointEvery() + "): samples are drawn on sample steps, and the best step is kept "
                    + "as its checkpoint. Set evaluation.every to " + lcm(training.sampleEvery(),
                    training.checkpointEvery()) + " or a multiple of it.");
        }
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    private static SampleEvaluator imageEvaluator(EvaluationConfig config, RunConfig run, DataContext context,
                                                  DataSpec spec) throws IOException {
        int[] shape = spec.sampleShape();
        if (shape[0] != 1 || shape[1] != 28 || shape[2] != 28) {
            throw new IllegalArgumentException("Evaluation during training measures [1, 28, 28] images through "
                    + "gan4j's Fashion-MNIST classifier, but this run's images are " + java.util.Arrays.toString(shape)
                    + "; remove the \"evaluation\" object and run `gan4j eval RUN --features model.onnx` after "
                    + "training instead.");
        }
        ReferenceImages reference = ReferenceImages.resolve(config.reference(), run.data(), context);
        FashionMnistLocator locator = FashionMnistLocator.of(context);
        ClassifierFeatureExtractor extractor = new ClassifierCache(ClassifierCache.home(context.environment()),
                locator, LOG::info).load();
        return new SampleEvaluator(extractor, reference.images(), reference.name(), config.k());
    }

    @Override
    public void onSampleTime(SampleRequest request) {
        if (settings == null || request.step() % settings.every() != 0 && !isLast(request.step())) {
            return;
        }
        long started = System.nanoTime();
        Tensor samples = sample(request);
        EvaluationResult result;
        if (coverage != null) {
            CoverageReport report = coverage.evaluate(samples);
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put(EvaluationResult.MODES_COVERED, report.modesCovered());
            metrics.put(EvaluationResult.MODES, report.modes());
            metrics.put(EvaluationResult.HIGH_QUALITY_FRACTION, report.highQualityFraction());
            result = new EvaluationResult("none", mixtureName, samples.dim(0), (System.nanoTime() - started) / 1e9,
                    metrics);
        } else {
            result = evaluator.evaluate(samples, null, subsetRng.split());
            double fid = result.metric(EvaluationResult.FID).orElse(Double.NaN);
            if (fid < bestFid) {
                bestFid = fid;
                pendingBest = request.step();
            }
        }
        append(request.step(), result);
        LOG.debug("{}", summary(request.step(), result));
    }

    private boolean isLast(long step) {
        return step == targetStep;
    }

    @Override
    public void onCheckpointWritten(long step, Path file) {
        if (settings == null || step != pendingBest) {
            return;
        }
        try {
            directory.checkpoints().keepAsBest(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Keeping the checkpoint of step " + step + " as the best one failed: "
                    + e.getMessage(), e);
        }
        pendingBest = -1;
    }

    private Tensor sample(SampleRequest request) {
        int n = noise.dim(0);
        List<Tensor> parts = new ArrayList<>();
        for (int start = 0; start < n; start += SAMPLE_BATCH) {
            parts.add(request.sample(noise.slice(0, start, Math.min(n, start + SAMPLE_BATCH))));
        }
        return parts.size() == 1 ? parts.get(0) : Tensor.concat(0, parts);
    }

    private void append(long step, EvaluationResult result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", step);
        line.put("time", Instant.now().toString());
        line.put("evaluation", finite(result.toMap()));
        Path file = directory.metricsFile();
        try {
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the evaluation of step " + step + " to " + file + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** NaN and infinities become null, which JSON can hold. */
    private static Map<String, Object> finite(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Double d && !Double.isFinite(d) ? null : v));
        return out;
    }

    static String summary(long step, EvaluationResult result) {
        StringBuilder text = new StringBuilder("Evaluation at step ").append(step).append(':');
        for (Map.Entry<String, Object> e : result.metrics().entrySet()) {
            if (e.getValue() instanceof Double d) {
                text.append(String.format(Locale.ROOT, " %s %.4g", e.getKey(), d));
            } else if (e.getValue() instanceof Integer i) {
                text.append(' ').append(e.getKey()).append(' ').append(i);
            }
        }
        return text.append(String.format(Locale.ROOT, " (%.1f s)", result.seconds())).toString();
    }

    /** The lowest FID logged up to {@code step} (a resumed run keeps its best), infinity when none. */
    static double bestFidSoFar(Path metrics, long step) throws IOException {
        double best = Double.POSITIVE_INFINITY;
        if (!Files.isRegularFile(metrics)) {
            return best;
        }
        for (String line : Files.readAllLines(metrics, StandardCharsets.UTF_8)) {
            try {
                JsonNode node = JSON.readTree(line);
                JsonNode fid = node.path("evaluation").path(EvaluationResult.FID);
                if (node.path("step").asLong(Long.MAX_VALUE) <= step && fid.isNumber()) {
                    best = Math.min(best, fid.asDouble());
                }
            } catch (JsonProcessingException e) {
                // a line cut by a kill; MetricsLog drops it
            }
        }
        return best;
    }
}
