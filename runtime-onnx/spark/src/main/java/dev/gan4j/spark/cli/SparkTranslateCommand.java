package dev.gan4j.spark.cli;

import dev.gan4j.spark.Gan4jSpark;
import dev.gan4j.spark.TranslateOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j spark translate MODEL --in DIR --out DIR.parquet [--direction AtoB]}: the images of
 * a folder (Spark's image source, or its binaryFile source) or a Parquet column translated by one
 * direction of an exported translation model on Spark's executors, written by Spark's Parquet
 * writer: each row's {@code path}, {@code translation} (and {@code translation_png}) and
 * {@code error} (the rows that could not be read, by path). Prints a JSON line with the counts,
 * the first errors, the seconds, the sessions opened and the devices used.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate a folder of images (or a Parquet column) with an exported translator into Parquet.")
public final class SparkTranslateCommand implements Callable<Integer> {
    private static final int ERRORS_SHOWN = 5;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A translator .onnx (generator_AtoB.onnx) or the "
            + "folder gan4j export wrote for a translation run.")
    private Path model;

    @Option(names = "--in", required = true, paramLabel = "DIR|DATA.parquet", description = "The images: a folder (or "
            + "glob) of PNG/JPEG files, or a Parquet data set with --format parquet.")
    private String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where Spark writes the Parquet files.")
    private String out;

    @Option(names = "--direction", paramLabel = "AtoB|BtoA|<from>to<to>",
            description = "Which translator (default: a file's own direction, a folder's AtoB).")
    private String direction;

    @Option(names = "--format", defaultValue = "image", paramLabel = "image|binaryFile|parquet",
            description = "How --in is read: Spark's image source, its binaryFile source (gan4j decodes the bytes), or "
                + "Parquet (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--column", paramLabel = "NAME", description = "The Parquet column of images: float arrays in the "
            + "model's shape, PNG/JPEG bytes or an image struct (default: image).")
    private String column;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Merge the input into this many partitions (default: as Spark reads it).")
    private int partitions;

    @Option(names = "--batch", defaultValue = "256", description = "Images per ONNX Runtime call (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--png", description = "Also write each translation as PNG bytes (column translation_png).")
    private boolean png;

    @Mixin
    private ExecutorSessionOptions sessions;

    @Mixin
    private SparkOptions sparkOptions;

    @Override
    public Integer call() throws Exception {
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (as Spark reads the input) or more, but was "
                    + partitions + ".");
        }
        ImageSource source = new ImageSource(in, format, column);
        SparkSession spark = sparkOptions.session("translate");
        try {
            Gan4jSpark gan4j = Gan4jSpark.on(spark);
            JobLine line = new JobLine();
            ImageSource.Input input = source.read(spark);
            Dataset<Row> images = partitions > 0 ? input.rows().coalesce(partitions) : input.rows();
            TranslateOptions options = new TranslateOptions(input.column(), null, png, batch, sessions.device,
                    sessions.threads, sessions.sharedModel);
            Dataset<Row> translated = gan4j.translate(images, model, direction, options);
            List<Column> kept = new ArrayList<>();
            kept.add(input.path());
            for (String name : translated.columns()) {
                if (!name.equals(input.column()) && !name.equals("path")) {
                    kept.add(functions.col(name));
                }
            }
            translated.select(kept.toArray(Column[]::new)).write().mode("errorifexists").parquet(out);
            double seconds = line.seconds();
            // counted from what was written, so a task retried by Spark is not counted twice
            Dataset<Row> written = spark.read().parquet(out);
            long total = written.count();
            Dataset<Row> failed = written.where(functions.col("error").isNotNull());
            long errors = failed.count();
            line.put("model", model.toString()).put("in", in).put("out", out).put("images", total)
                    .put("translated", total - errors).put("errors", errors)
                    .put("first_errors", failed.select("error").limit(ERRORS_SHOWN).collectAsList().stream()
                            .map(row -> row.getString(0)).toList())
                    .put("partitions", images.rdd().getNumPartitions()).put("images_per_second", total / seconds);
            spec.commandLine().getOut().println(line.finish(seconds, spark, gan4j));
            return 0;
        } finally {
            spark.stop();
        }
    }
}
