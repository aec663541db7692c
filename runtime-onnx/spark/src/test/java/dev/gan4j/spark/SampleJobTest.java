package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Sampling as a Spark job on local[2]: the same rows as gan4j sample whatever the partitioning, and bad input. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SampleJobTest {
    /** Three blocks, the last of 89 samples: an odd noise count, so it ends on a half pair. */
    private static final int N = 2 * NoiseBlocks.BLOCK + 89;
    private static final long SEED = 42;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path model;
    private static Tensor reference;

    @BeforeAll
    static void start() throws Exception {
        model = TestModels.generator(dir);
        try (OnnxGenerator generator = OnnxGenerator.open(model)) {
            reference = generator.sample(N, SEED);
        }
        spark = SparkSessions.local();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void rowsEqualTheSingleJvmSamplesBitForBitUnderAnyPartitioning() throws Exception {
        Gan4jSpark gan4j = Gan4jSpark.on(spark);
        for (SampleOptions options : List.of(SampleOptions.defaults().withPartitions(1),
                SampleOptions.defaults().withPartitions(3).withBatch(100),
                SampleOptions.defaults().withPartitions(2).withBatch(600))) {
            List<Row> rows = gan4j.sample(model, N, SEED, options).collectAsList();
            SampleAssertions.assertRowsEqual(rows, reference, 0);
        }
    }

    @Test
    void parquetWrittenBySparkReadsBackTheSameSamples() throws Exception {
        Path out = dir.resolve("samples.parquet");
        Gan4jSpark.sample(spark, model, N, SEED).write().parquet(out.toString());
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        SampleAssertions.assertRowsEqual(rows, reference, 0);
    }

    @Test
    void pngColumnHoldsEachImageAsGan4jMapsItToBytes() throws Exception {
        Dataset<Row> samples = Gan4jSpark.on(spark).sample(model, 3, SEED, SampleOptions.defaults().withPng(true));
        Row first = samples.orderBy("index").first();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(first.getAs("png")));
        assertThat(picture.getWidth()).isEqualTo(TestModels.SIDE);
        assertThat(picture.getHeight()).isEqualTo(TestModels.SIDE);
        float value = reference.data()[0];
        int expected = (int) Math.round((value + 1.0) * 127.5);
        assertThat(picture.getRaster().getSample(0, 0, 0)).isEqualTo(expected);
    }

    @Test
    void aModelFileMissingOnTheExecutorsIsNamedWithTheFix() throws Exception {
        Path copy = dir.resolve("moved").resolve("generator.onnx");
        Files.createDirectories(copy.getParent());
        // weights of their own, so no executor holds a copy of this model from an earlier run
        Files.copy(TestModels.generator(Files.createDirectories(dir.resolve("fresh")), System.nanoTime()), copy);
        Dataset<Row> samples = Gan4jSpark.on(spark).sample(copy, 10, 99,
                SampleOptions.defaults().withSharedPath(true).withThreads(3));
        Files.delete(copy);
        assertThatThrownBy(samples::count).hasStackTraceContaining("The model file " + copy.toAbsolutePath()
                + " is missing on executor driver").hasStackTraceContaining("copy it there");
    }

    @Test
    void aLabelForAnUnconditionalModelIsRefusedBeforeAnyTaskRuns() {
        assertThatThrownBy(() -> Gan4jSpark.on(spark).sample(model, 10, 1, SampleOptions.defaults().withLabel("3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generates without a condition");
    }

    @Test
    void anImageColumnOfATypeNotReadIsNamedWithTheTypesThatAre() throws Exception {
        Dataset<Row> samples = Gan4jSpark.on(spark).sample(model, 3, SEED, SampleOptions.defaults().withPng(true));
        DistributedEvaluation evaluation = new DistributedEvaluation(Gan4jSpark.on(spark),
                FeatureSource.onnx(spark, TestModels.features(dir), "sample"), 16);
        assertThatThrownBy(() -> evaluation.moments(samples, "png", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The column 'png' has type binary, but images are read from array<float> or array<double>"
                        + " (flattened images in [-1, 1], as the image column of gan4j spark sample).");
    }

    @Test
    void aConditionalModelGetsTheSameEvenSpreadAndLabelsAsGan4jSample() throws Exception {
        Path cgan = TestModels.conditionalGenerator(Files.createDirectories(dir.resolve("cgan")));
        int n = NoiseBlocks.BLOCK + 13;
        try (OnnxGenerator generator = OnnxGenerator.open(cgan)) {
            ConditionFormat format = generator.conditionFormat().orElseThrow();
            String input = format.input().name();
            // what gan4j sample MODEL.onnx draws: with no label an even spread, batch by batch
            Tensor even = generator.sample(n, SEED, size -> Map.of(input, format.even(size).values()));
            Tensor sneakers = generator.sample(n, SEED, size -> Map.of(input, format.label("Sneaker", size).values()));
            Gan4jSpark gan4j = Gan4jSpark.on(spark);
            List<Row> rows = gan4j.sample(cgan, n, SEED, SampleOptions.defaults().withPartitions(2).withBatch(50))
                    .collectAsList();
            SampleAssertions.assertRowsEqual(rows, even, 0);
            for (Row row : rows) {
                long index = row.getLong(0);
                assertThat(row.<Integer>getAs("label")).isEqualTo((int) (index % NoiseBlocks.BLOCK % 10));
            }
            List<Row> labelled = gan4j.sample(cgan, n, SEED, SampleOptions.defaults().withLabel("Sneaker")
                    .withPartitions(2)).collectAsList();
            SampleAssertions.assertRowsEqual(labelled, sneakers, 0);
            assertThat(labelled).allMatch(row -> row.<Integer>getAs("label") == 7);
        }
    }
}
