package dev.gan4j.spark;

import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.runtime.onnx.inference.Device;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * gan4j's jobs on Apache Spark, over models written by {@code gan4j export}: sampling and
 * translation (this class) and evaluation ({@link DistributedEvaluation}). Each executor opens one ONNX Runtime session per
 * model ({@link SessionCache}), whatever the number of partitions; {@link #counters()} reports how
 * many were opened and on which device, once an action has run the job.
 *
 * <pre>{@code
 * Gan4jSpark gan4j = Gan4jSpark.on(spark);
 * Dataset<Row> samples = gan4j.sample(Path.of("generator.onnx"), 1_000_000, 42, SampleOptions.defaults());
 * samples.write().parquet("samples.parquet");    // row i: sample i of gan4j sample --n 1000000 --seed 42
 *
 * Dataset<Row> photos = spark.read().format("image").option("dropInvalid", false).load("photos/");
 * Dataset<Row> translated = gan4j.translate(photos, Path.of("export/"), "AtoB", TranslateOptions.defaults());
 * translated.where("error is not null").select("image.origin", "error").show();   // the files that could not be read
 * }</pre>
 */
public final class Gan4jSpark {
    private final SparkSession spark;
    private final JobCounters counters;

    private Gan4jSpark(SparkSession spark) {
        this.spark = spark;
        this.counters = JobCounters.register(spark);
    }

    /** gan4j's jobs on {@code spark}, with fresh counters. */
    public static Gan4jSpark on(SparkSession spark) {
        return new Gan4jSpark(Objects.requireNonNull(spark, "spark"));
    }

    /** {@code n} samples of the model at {@code model} for {@code seed}, with the default options. */
    public static Dataset<Row> sample(SparkSession spark, Path model, long n, long seed) throws IOException {
        return on(spark).sample(model, n, seed, SampleOptions.defaults());
    }

    /** The Spark session. */
    public SparkSession spark() {
        return spark;
    }

    /** The sessions opened and devices used by this object's jobs so far. */
    public JobCounters counters() {
        return counters;
    }

    /**
     * {@code n} samples of the exported generator {@code model} for {@code seed}, one row each:
     * {@code index} (long), {@code image} (float array, the sample flattened, in [-1, 1]; its shape
     * in the column's metadata {@code shape}), {@code png} (PNG bytes, when asked), and for a
     * conditional model {@code label} (the class index) or {@code text}. Row {@code i} is sample
     * {@code i} of {@code gan4j sample MODEL --n n --seed seed} bit for bit, whatever the
     * partitioning. The job is lazy: it runs at the first action (a write, a count).
     *
     * @throws IOException              naming the file when the driver cannot read the model
     * @throws IllegalArgumentException for n below 1, a label or text the model does not take
     *                                  (listing what it takes), or PNG asked of a model of vectors
     */
    public Dataset<Row> sample(Path model, long n, long seed, SampleOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        if (n < 1) {
            throw new IllegalArgumentException("The number of samples must be at least 1, but was " + n + ".");
        }
        int[] sampleShape;
        boolean conditional;
        // the driver reads the model once for its shape and checks the condition asked for before any task runs
        try (OnnxGenerator generator = OnnxGenerator.open(model, Device.CPU, 1)) {
            ExportedTensor output = generator.output();
            int[] dims = output.shape();
            sampleShape = Arrays.copyOfRange(dims, 1, dims.length);
            Optional<ConditionFormat> format = generator.conditionFormat();
            conditional = format.isPresent();
            checkCondition(model, format, options);
        }
        if (options.png() && sampleShape.length != 3) {
            throw new IllegalArgumentException("PNG bytes need a model of images [C, H, W], but " + model + " gives "
                    + "samples of shape " + Arrays.toString(sampleShape) + "; leave out the PNG column.");
        }
        ModelSource source = options.sharedPath() ? ModelSource.sharedPath(model) : ModelSource.broadcast(spark, model);
        long blocks = NoiseBlocks.count(n);
        int partitions = options.partitions() > 0 ? options.partitions() : spark.sparkContext().defaultParallelism();
        partitions = (int) Math.max(1, Math.min(partitions, blocks));
        SampleJob job = new SampleJob(source, n, seed, options, sampleShape, conditional, counters);
        StructType schema = job.schema();
        // the encoder drops field metadata; put the image shape back on its column
        return spark.range(0, blocks, 1, partitions).as(Encoders.LONG()).mapPartitions(job, Encoders.row(schema))
                .withMetadata(SampleJob.IMAGE, schema.apply(SampleJob.IMAGE).metadata());
    }

    /**
     * The images of {@code images} translated by one direction of an exported translation model:
     * every row of {@code images} with three columns added, {@code translation} (float array, the
     * translation flattened [C, H, W] in [-1, 1], its shape in the column's metadata
     * {@code shape}), {@code translation_png} (PNG bytes, when asked; the PNG {@code gan4j translate
     * --out-dir} writes) and {@code error} (null, or why the row has no translation, naming its
     * path). The images are read from {@link TranslateOptions#column()} in any of the forms of
     * {@link ImageInputColumn}, converted as {@code gan4j translate} converts files (grey or RGB by
     * the model's channels, resized to its side, scaled to [-1, 1]). A row that cannot be read does
     * not stop the job. The transformation is lazy: it runs at the first action.
     *
     * @param model     an exported translator ({@code generator_AtoB.onnx}) or the folder
     *                  {@code gan4j export} wrote for a translation run (a translator per direction)
     * @param direction {@code <from>to<to>} ({@code AtoB}, {@code BtoA}, {@code 0to2}), or null for a
     *                  file's own direction or a folder's {@code AtoB}
     * @throws IOException              naming the path when the driver cannot read the model
     * @throws IllegalArgumentException for a direction the model lacks (listing the ones it has), or
     *                                  an image column missing or of a type not read (naming the
     *                                  column and the types read)
     */
    public Dataset<Row> translate(Dataset<Row> images, Path model, String direction, TranslateOptions options)
            throws IOException {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(options, "options");
        ExportedTranslators.Translator translator = ExportedTranslators.at(model).direction(direction);
        TranslationMetadata translation = translator.translation();
        ImageInputColumn input = ImageInputColumn.of(images.schema(), options.column(), options.pathColumn(),
                translation.inputShape());
        ModelSource source = options.sharedPath() ? ModelSource.sharedPath(translator.file())
                : ModelSource.broadcast(spark, translator.file());
        TranslateJob job = new TranslateJob(source, translation, input, images.schema(), options, counters);
        StructType schema = job.schema();
        // the encoder drops field metadata; put the translation's shape back on its column
        return images.mapPartitions(job, Encoders.row(schema))
                .withMetadata(TranslateJob.TRANSLATION, schema.apply(TranslateJob.TRANSLATION).metadata());
    }

    private static void checkCondition(Path model, Optional<ConditionFormat> format, SampleOptions options) {
        if (format.isEmpty()) {
            if (options.label() != null || options.text() != null) {
                throw new IllegalArgumentException("A " + (options.label() != null ? "label" : "text") + " needs a "
                        + "conditional model (family cgan), but " + model + " generates without a condition; leave it "
                        + "out.");
            }
            return;
        }
        if (options.text() != null && !format.get().acceptsText()) {
            throw new IllegalArgumentException("A text needs a model trained on captions, but " + model + " is "
                    + "conditioned on class labels; give a label, one of "
                    + String.join(", ", format.get().classNames().names()) + ".");
        }
        if (options.label() != null) {
            format.get().label(options.label(), 1);
        } else if (options.text() != null) {
            format.get().text(options.text(), 1);
        }
    }
}
