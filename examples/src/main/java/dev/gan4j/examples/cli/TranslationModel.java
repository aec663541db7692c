package dev.gan4j.examples.cli;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.runtime.onnx.inference.Device;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One direction of a trained translation, from a run directory (its latest checkpoint, through the
 * family's {@link TranslationSystem}) or from an exported translator {@code .onnx} (ONNX Runtime):
 * what {@code gan4j translate} and translation evaluation stream images through.
 */
final class TranslationModel implements AutoCloseable {
    private static final Pattern DIRECTION = Pattern.compile("([A-Za-z0-9_-]+?)to([A-Za-z0-9_-]+)");

    private final String from;
    private final String to;
    private final int[] inputShape;
    private final String origin;
    private final UnaryOperator<Tensor> translate;
    private final AutoCloseable resource;

    private TranslationModel(String from, String to, int[] inputShape, String origin, UnaryOperator<Tensor> translate,
                             AutoCloseable resource) {
        this.from = from;
        this.to = to;
        this.inputShape = inputShape;
        this.origin = origin;
        this.translate = translate;
        this.resource = resource;
    }

    /**
     * Opens one direction of {@code model}.
     *
     * @param direction {@code "AtoB"}, {@code "BtoA"} (or for other domain names {@code "<from>to<to>"});
     *                  null takes the first domain to the second (for an .onnx file, its own direction)
     * @throws IllegalArgumentException naming the valid directions when {@code direction} is not one
     *                                  of the model's, or when the run does not translate
     */
    static TranslationModel open(Path model, String direction, Device device, ConfigLoader configs,
                                 Map<String, GanFamily> families, DataContext data) throws IOException {
        if (direction != null && !DIRECTION.matcher(direction).matches()) {
            throw new IllegalArgumentException("--direction must be AtoB or BtoA (<from>to<to> for other domain names), "
                    + "but was \"" + direction + "\".");
        }
        String name = model.getFileName() == null ? "" : model.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(model) || name.endsWith(".onnx")) {
            return openOnnx(model, direction, device);
        }
        RunDirectory directory = RunDirectory.open(model);
        ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(),
                ConfigOverrides.none());
        Checkpoint checkpoint = directory.checkpoints().readLatest().orElseThrow(() -> new IllegalStateException(
                "The run " + model + " has no checkpoint yet; train it first (gan4j train)."));
        TrainingRun run = TrainingRun.prepareForSampling(resolved, families, data);
        GanSystem system = run.system();
        if (!(system instanceof TranslationSystem translation)) {
            throw new IllegalArgumentException("The run " + model + " is a " + resolved.familyId() + " run, which "
                    + "samples from noise and translates nothing; translate with a translation run (cyclegan, "
                    + "discogan, dualgan, ...).");
        }
        TrainedSampler.fromCheckpoint(system, checkpoint);
        List<String> domains = translation.domains();
        String chosen = direction != null ? direction : domains.get(0) + "to" + domains.get(1);
        Matcher m = DIRECTION.matcher(chosen);
        m.matches();
        String from = m.group(1);
        String to = m.group(2);
        if (!domains.contains(from) || !domains.contains(to) || from.equals(to)) {
            throw new IllegalArgumentException("--direction must be " + directions(domains) + " for the run " + model
                    + ", whose domains are " + domains + ", but was \"" + chosen + "\".");
        }
        int[] shape = run.dataset().spec().domain(from).sampleShape();
        return new TranslationModel(from, to, shape, "the run " + model + " (step " + checkpoint.step() + ")",
                x -> translation.translate(from, to, x), () -> { });
    }

    private static TranslationModel openOnnx(Path model, String direction, Device device) throws IOException {
        OnnxGenerator generator = OnnxGenerator.open(model, device);
        try {
            TranslationMetadata t = generator.translation().orElseThrow(() -> new IllegalArgumentException("The model "
                    + model + " is not a translator (it has no " + dev.gan4j.core.export.ExportablePart.TRANSLATION_KEY
                    + " metadata); give a generator_AtoB.onnx or generator_BtoA.onnx written by gan4j export."));
            String own = t.from() + "to" + t.to();
            if (direction != null && !direction.equals(own)) {
                throw new IllegalArgumentException("The model " + model.getFileName() + " translates " + own + " only, but "
                        + "--direction is " + direction + "; open the other direction's file (generator_" + direction
                        + ".onnx) or leave --direction out.");
            }
            String step = generator.provenance().map(p -> ", step " + p.step()).orElse("");
            return new TranslationModel(t.from(), t.to(), t.inputShape(), model.getFileName() + " (" + generator.provider()
                    + step + ")", generator::translate, generator);
        } catch (RuntimeException e) {
            generator.close();
            throw e;
        }
    }

    private static String directions(List<String> domains) {
        return domains.get(0) + "to" + domains.get(1) + " or " + domains.get(1) + "to" + domains.get(0);
    }

    /** The source domain. */
    String from() {
        return from;
    }

    /** The target domain. */
    String to() {
        return to;
    }

    /** The shape of one input image, [C, H, W]. */
    int[] inputShape() {
        return inputShape.clone();
    }

    /** Where the model came from, for messages. */
    String origin() {
        return origin;
    }

    /** The translation of a batch of images [n, C, H, W] in [−1, 1]. */
    Tensor translate(Tensor images) {
        return translate.apply(images);
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
