package dev.gan4j.spark.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.train.MetricsLog;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.spark.DataFrameImages;
import dev.gan4j.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a DataFrame's image column on {@code local[2]}: 40 images of 1×8×8 as float arrays in
 * three DataFrame partitions, divided between two workers by row index and kept on the executors; the
 * run is an ordinary run directory and repeats to the same bits; the mistakes are sentences.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DataFrameTrainingTest {
    private static final String CONFIG = """
            {"family": {"type": "gan", "network": {"type": "mlp", "hiddenSizes": [16]}, "latentSize": 4,
                        "objective": "non-saturating"},
             "data": {"type": "dataframe", "size": 8, "channels": 1},
             "training": {"steps": 4, "batchSize": 8, "seed": 3, "logEvery": 2, "sampleEvery": 100,
                          "checkpointEvery": 100}}
            """;
    private static final int ROWS = 40;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static FamilyDiscovery discovery;
    private static ResolvedConfig config;

    @BeforeAll
    static void start() {
        spark = SparkSessions.of("local[2]");
        discovery = FamilyDiscovery.scanClasspath();
        config = discovery.configLoader(List.of()).parse(CONFIG, "the test config", ConfigOverrides.none());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** {@code n} images whose every pixel is {@code (row - 20) / 25}, so a pixel names its row. */
    private static DataFrameImages images(int n) {
        StructType schema = new StructType().add("name", DataTypes.StringType)
                .add("pixels", DataTypes.createArrayType(DataTypes.FloatType));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Float[] pixels = new Float[64];
            Arrays.fill(pixels, (i - 20) / 25f);
            rows.add(RowFactory.create("image-" + i, pixels));
        }
        Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(3);
        return new DataFrameImages(frame, "pixels", "name");
    }

    private static Checkpoint train(String name, SparkTrainingConfig settings, DataFrameImages images)
            throws Exception {
        RunDirectory directory = RunDirectory.create(dir.resolve(name), config.canonicalJson());
        new SparkTraining(spark, settings, TaskHook.NONE).train(
                TrainingRun.prepare(config, discovery.families(), DataContext.standard(null)), directory,
                List.of(new MetricsLog()), DataContext.standard(null), images);
        return directory.checkpoints().readLatest().orElseThrow();
    }

    @Test
    void dividesTheRowsByIndexAndKeepsThemInOrderWhateverTheDataFramesPartitions() {
        DataFrameImages images = images(ROWS);
        // the DataFrame's own row order (its three partitions in turn), which the test reads on the driver
        List<Row> order = images.rows().collectAsList();
        List<List<float[]>> shards = images.shards(2, new int[] {1, 8, 8}).glom().collect();
        assertThat(shards).hasSize(2);
        for (int p = 0; p < 2; p++) {
            List<Float> firstPixels = shards.get(p).stream().map(image -> image[0]).toList();
            List<Float> expected = new ArrayList<>();
            for (int row = p; row < ROWS; row += 2) {
                expected.add(order.get(row).<Float>getList(1).get(0));
            }
            assertThat(firstPixels).as("worker " + p).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void trainsAnOrdinaryRunOnTheColumnToTheSameBitsTwice() throws Exception {
        SparkTrainingConfig settings = new SparkTrainingConfig(2, 2);
        Checkpoint first = train("first", settings, images(ROWS));
        Checkpoint second = train("second", settings, images(ROWS));
        assertThat(first.step()).isEqualTo(4);
        SparkTrainingTest.assertSameWeights(second, first);
        assertThat(first.provenance()).contains("the images of a DataFrame column, 1×8×8");
        assertThat(Files.readAllLines(dir.resolve("first").resolve("metrics.jsonl"))).hasSize(2);
    }

    @Test
    void rejectsFewerRowsThanWorkersTheExactModeAndAConfigWithoutImages() throws Exception {
        assertThatThrownBy(() -> train("one-row", new SparkTrainingConfig(2, 2), images(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The DataFrame has 1 rows, fewer than the 2 workers");
        assertThatThrownBy(() -> train("exact", SparkTrainingConfig.exact(2), images(ROWS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--exact regenerates the one-machine batch on every worker");
        assertThatThrownBy(() -> new SparkTraining(spark, new SparkTrainingConfig(2, 2), TaskHook.NONE)
                .requireFits(TrainingRun.prepare(config, discovery.families(), DataContext.standard(null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whose rows come from a DataFrame, but none was given");
    }
}
