package dev.gan4j.examples.cli;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.IdxWriter;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.ScatterPlot;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.RunSeeds;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.runtime.onnx.inference.Device;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import jakarta.inject.Inject;
import dev.gan4j.core.io.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j sample MODEL --n N [--label K | --text T] --out FILE.png|FILE.idx}: draws samples
 * from a run's latest checkpoint (its EMA weights when it kept them), or from an exported
 * {@code .onnx} model with ONNX Runtime on {@code --device cpu|cuda|auto}. A conditional model
 * samples the class or caption asked for, or with neither an even spread over its classes. IDX
 * output is float32, [N,C,H,W] in [−1, 1] for images and [N,D] for vectors, streamed to the file a
 * batch at a time (any N in the memory of one batch, with a progress line) and moved into place
 * when complete. PNG output is a grid of images, or for 2-D points a scatter plot over real points.
 * {@code --domain NAME} draws new images of one domain of a run that decodes every domain from a
 * latent prior (a {@link dev.gan4j.core.spi.LatentSpaceSystem}).
 */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Draw samples from a trained model.")
public final class SampleCommand implements Callable<Integer> {
    /** The size in pixels of the scatter plot drawn for 2-D points. */
    private static final int SCATTER_SIZE = 512;
    /** The fewest real points drawn under the samples of a scatter plot. */
    private static final int SCATTER_REAL_POINTS = 1000;
    /** The most samples one picture shows; more go to an IDX file. */
    static final int PICTURE_MAX = 10_000;

    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A run directory, or an .onnx file written by gan4j export.")
    private Path model;

    @Option(names = "--device", defaultValue = "cpu", paramLabel = "cpu|cuda|auto",
            description = "Where an .onnx MODEL runs: cpu, cuda (needs the onnxruntime_gpu build and a GPU) or auto"
                + " (cuda where it starts, else cpu) (default: ${DEFAULT-VALUE}).")
    private Device device;

    @Option(names = "--n", defaultValue = "64", description = "Number of samples (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the noise (default: ${DEFAULT-VALUE}).")
    private long seed;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private ConditionOptions condition;

    @Option(names = "--langevin-steps", paramLabel = "N",
            description = "An ebm run: Langevin steps of each chain (default: the run's sampleSteps).")
    private Integer langevinSteps;

    @Option(names = "--from-buffer", description = "An ebm run: start the chains from its replay buffer, not fresh noise.")
    private boolean fromBuffer;

    @Option(names = "--domain", paramLabel = "NAME",
            description = "A translation run with a latent prior (unit, vaegan-pair, latent-domain, cogan): new images"
                + " of this domain, decoded from codes drawn from the prior.")
    private String domain;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.idx", description = "Where to write the samples.")
    private Path out;

    @Mixin
    private RunOptions runOptions;

    @Inject
    SampleCommand(ConfigLoader configs, Map<String, GanFamily> families) {
        this.configs = configs;
        this.families = families;
    }

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new IllegalArgumentException("--n must be 1 or more, but was " + count + ".");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".idx") && !name.endsWith(".idx.gz")) {
            throw new IllegalArgumentException("--out must end in .png (a grid) or .idx (float32 samples), but was " + out + ".");
        }
        if (png && count > PICTURE_MAX) {
            throw new IllegalArgumentException("--n " + count + " is too many samples for one picture (at most "
                    + PICTURE_MAX + "); write them with --out FILE.idx, which streams any number to the file.");
        }
        boolean onnx = Files.isRegularFile(model) || name(model).endsWith(".onnx");
        if (domain != null && (onnx || condition != null || langevinSteps != null || fromBuffer)) {
            throw new IllegalArgumentException("--domain samples a domain of a run directory from its latent prior; "
                    + "it does not combine with an .onnx MODEL (an exported translator has no prior), --label, --text,"
                    + " --langevin-steps or --from-buffer.");
        }
        if (onnx) {
            return sampleOnnx(png);
        }
        RunDirectory directory = RunDirectory.open(model);
        ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(),
                ConfigOverrides.none());
        Checkpoint checkpoint = directory.checkpoints().readLatest().orElseThrow(() -> new IllegalStateException(
                "The run " + model + " has no checkpoint yet; train it first (gan4j train)."));
        TrainingRun run = TrainingRun.prepareForSampling(resolved, families, runOptions.dataContext());
        TrainedSampler sampler = TrainedSampler.fromCheckpoint(run.system(), checkpoint);
        Rng rng = new Rng(seed);
        ConditionalSampling.Plan plan = domain != null
                ? new ConditionalSampling.Plan("domain " + domain, sink -> {
                    for (int done = 0; done < count; done += TrainedSampler.BATCH) {
                        sink.accept(sampler.sampleDomain(domain, Math.min(TrainedSampler.BATCH, count - done), rng));
                    }
                })
                : condition != null
                ? ConditionalSampling.sample(run.system(), run.family().id(), count, rng, condition)
                : langevinSteps != null || fromBuffer
                ? new ConditionalSampling.Plan("", sink -> sink.accept(LangevinSampling.sample(run.system(),
                        run.family().id(), count, rng, langevinSteps, fromBuffer)))
                // one batch at a time draws the noise sampler.sample(count, rng) would draw
                : new ConditionalSampling.Plan("", sink -> {
                    for (int done = 0; done < count; done += TrainedSampler.BATCH) {
                        sink.accept(sampler.sample(Math.min(TrainedSampler.BATCH, count - done), rng));
                    }
                });
        String shape = write(plan, png, samples -> realPoints(run.dataset(), run.seeds().referenceData(), samples));
        String asked = condition != null || domain != null ? " for " + plan.description() : "";
        spec.commandLine().getOut().println("Wrote " + count + " samples " + shape + asked + " from step "
                + checkpoint.step() + " to " + out);
        return 0;
    }

    /** Samples from an exported model with ONNX Runtime; the scatter plot's real points come from the config it records. */
    private Integer sampleOnnx(boolean png) throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model, device)) {
            LangevinSampling.requireSampler(generator, langevinSteps != null || fromBuffer);
            for (String warning : generator.warnings()) {
                spec.commandLine().getErr().println("gan4j: warning: " + warning);
            }
            ConditionalSampling.Plan plan = ConditionalSampling.sample(generator, count, seed, condition);
            String asked = plan.description().isEmpty() || condition == null ? "" : " for " + plan.description();
            String shape = write(plan, png, samples -> {
                String config = generator.config().orElseThrow(() -> new IllegalArgumentException("The model " + model
                        + " records no run config, so the real points of a scatter plot are unknown; write its"
                        + " samples with --out FILE.idx instead."));
                ResolvedConfig resolved = configs.parse(config, model.toString(), ConfigOverrides.none());
                Dataset dataset = resolved.config().data().open(runOptions.dataContext());
                return realPoints(dataset, RunSeeds.of(resolved.config().training().seed()).referenceData(), samples);
            });
            spec.commandLine().getOut().println("Wrote " + count + " samples " + shape + asked + " from "
                    + model.getFileName() + generator.provenance().map(p -> " (step " + p.step() + ")").orElse("")
                    + " on " + generator.provider() + " to " + out);
        }
        return 0;
    }

    private static String name(Path path) {
        return path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** What a scatter plot draws under 2-D samples. */
    @FunctionalInterface
    private interface RealPoints {
        Tensor get(int samples) throws IOException;
    }

    private static Tensor realPoints(Dataset dataset, Rng rng, int samples) {
        return dataset.batches(Math.max(samples, SCATTER_REAL_POINTS), rng).next().inputs();
    }

    /**
     * Writes the samples: a picture is drawn from all of them at once (there are few); an IDX file
     * is streamed batch by batch with a progress line, so memory stays that of one batch, and
     * appears only when complete.
     *
     * @return the shape of all samples, for the report line
     */
    private String write(ConditionalSampling.Plan plan, boolean png, RealPoints real) throws IOException {
        if (png) {
            Tensor samples = plan.collect();
            BufferedImage picture = picture(samples, real);
            Path absolute = out.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", bytes);
            AtomicFile.write(absolute, bytes.toByteArray());
            return samples.shape().toString();
        }
        int[][] first = {null};
        IdxWriter.writeBatches(out, count, sink -> plan.batches().produce(new SamplingProgress(batch -> {
            if (first[0] == null) {
                first[0] = batch.dims();
            }
            sink.accept(batch);
        }, spec.commandLine().getErr(), count)));
        int[] dims = first[0].clone();
        dims[0] = count;
        return java.util.Arrays.toString(dims);
    }

    /** A grid for images; for 2-D points a scatter plot over real points (as the run's sample pictures are). */
    private static BufferedImage picture(Tensor samples, RealPoints real) throws IOException {
        if (samples.rank() == 4) {
            return ImageGrid.render(samples);
        }
        if (samples.rank() == 2 && samples.dim(1) == 2) {
            return ScatterPlot.render(samples, real.get(samples.dim(0)), SCATTER_SIZE);
        }
        throw new IllegalArgumentException("A .png shows images or 2-D points, but this model's samples have shape "
                + samples.shape() + "; write them with --out FILE.idx instead.");
    }
}
