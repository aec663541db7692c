package dev.gan4j.spark.cli;

import dev.gan4j.spark.Gan4jSpark;
import dev.gan4j.spark.SampleOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j spark sample MODEL.onnx --n N --seed S --out DIR.parquet}: the samples of
 * {@code gan4j sample MODEL.onnx --n N --seed S}, drawn by Spark's executors and written by Spark's
 * Parquet writer, one row per sample; prints a JSON line with the count, the seconds, the sessions
 * opened and the devices used.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Draw samples of an exported model into Parquet.")
public final class SparkSampleCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.onnx", description = "A generator written by gan4j export.")
    private Path model;

    @Option(names = "--n", required = true, description = "Number of samples.")
    private long count;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the noise (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where Spark writes the Parquet files.")
    private String out;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions (default: Spark's default parallelism).")
    private int partitions;

    @Option(names = "--batch", defaultValue = "256", description = "Samples per ONNX Runtime call (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--png", description = "Also write each image as PNG bytes (column png).")
    private boolean png;

    @Option(names = "--label", paramLabel = "K", description = "A conditional model's class: its name or index.")
    private String label;

    @Option(names = "--text", paramLabel = "T", description = "A caption model's text.")
    private String text;

    @Mixin
    private ExecutorSessionOptions sessions;

    @Mixin
    private SparkOptions sparkOptions;

    @Override
    public Integer call() throws Exception {
        SampleOptions options = new SampleOptions(partitions, batch, png, label, text, sessions.device,
                sessions.threads, sessions.sharedModel);
        SparkSession spark = sparkOptions.session("sample");
        try {
            Gan4jSpark gan4j = Gan4jSpark.on(spark);
            JobLine line = new JobLine();
            Dataset<Row> samples = gan4j.sample(model, count, seed, options);
            samples.write().mode("errorifexists").parquet(out);
            double seconds = line.seconds();
            line.put("model", model.toString()).put("samples", count).put("seed", seed).put("out", out)
                    .put("partitions", samples.rdd().getNumPartitions()).put("samples_per_second", count / seconds);
            spec.commandLine().getOut().println(line.finish(seconds, spark, gan4j));
            return 0;
        } finally {
            spark.stop();
        }
    }
}
