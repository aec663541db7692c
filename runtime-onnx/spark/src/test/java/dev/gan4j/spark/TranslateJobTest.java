package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.data.ImageFiles;
import dev.gan4j.core.data.ImagePixels;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Translation as a Spark transformation on local[2]: encoded bytes and float arrays translated as
 * in one JVM, every direction of a multi-domain export, unreadable rows reported by path in the
 * error column, and bad input named before the job runs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TranslateJobTest {
    private static final StructType ARRAYS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("pixels", DataTypes.createArrayType(DataTypes.FloatType, false), true)));

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path twoDomains;

    @BeforeAll
    static void start() throws Exception {
        twoDomains = TestModels.translators(Files.createDirectories(dir.resolve("export")), "A", "B");
        spark = SparkSessions.local();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void pngAndJpegBytesOfTheBinaryFileSourceAreTranslatedAsGan4jTranslateAndACorruptFileIsNamedInItsRow()
            throws Exception {
        Path grey = TestImages.greyPngs(dir.resolve("bytes"), 12, TestModels.SIDE, 5);
        Path folder = dir.resolve("bytes");
        TestImages.colourImage(folder.resolve("colour.png"), TestModels.SIDE, 6, "png");
        TestImages.colourImage(folder.resolve("photo.jpg"), TestModels.SIDE, 7, "jpg");
        TestImages.greyPngs(dir.resolve("large"), 1, 2 * TestModels.SIDE, 8);
        Files.move(dir.resolve("large").resolve("img00.png"), folder.resolve("large.png"));
        Path corrupt = TestImages.corruptPng(folder.resolve("broken.png"));
        Path model = twoDomains.resolve("generator_BtoA.onnx");

        Dataset<Row> files = spark.read().format("binaryFile").load(folder.toString());
        List<Row> rows = Gan4jSpark.on(spark).translate(files, twoDomains, "BtoA",
                TranslateOptions.defaults().withColumn("content").withBatch(5)).collectAsList();

        Map<String, Row> byName = TestImages.byFileName(rows, row -> row.getAs("path"));
        assertThat(byName).hasSize(16);
        assertThat(byName.get("broken.png").<Object>getAs(TranslateJob.TRANSLATION)).isNull();
        assertThat(byName.get("broken.png").<String>getAs(TranslateJob.ERROR))
                .startsWith("The image file:" + corrupt.toAbsolutePath() + " cannot be read")
                .contains("replace or remove the file");
        try (OnnxGenerator translator = OnnxGenerator.open(model)) {
            // gan4j translate --in DIR reads the grey images of the model's size through ImageFiles
            Path clean = Files.createDirectories(dir.resolve("clean"));
            for (int i = 0; i < 12; i++) {
                Files.copy(grey.resolve(String.format("img%02d.png", i)), clean.resolve(String.format("img%02d.png", i)));
            }
            Tensor expected = translator.translate(ImageFiles.in(clean).read(0, 12, 1, TestModels.SIDE));
            for (int i = 0; i < 12; i++) {
                TestImages.assertTranslation(byName.get(String.format("img%02d.png", i)), expected, i);
            }
            // colour images become grey by their luma, a larger one is resized, as ImagePixels converts any image
            for (String name : List.of("colour.png", "photo.jpg", "large.png")) {
                float[] input = ImagePixels.modelInput(ImagePixels.decode(folder.resolve(name)), 1, TestModels.SIDE);
                Tensor one = translator.translate(Tensor.of(input, 1, 1, TestModels.SIDE, TestModels.SIDE));
                TestImages.assertTranslation(byName.get(name), one, 0);
            }
        }
    }

    @Test
    void floatArraysAreTranslatedByEveryDirectionOfAThreeDomainExport() throws Exception {
        Path combo = TestModels.translators(Files.createDirectories(dir.resolve("combo")), "0", "1", "2");
        int n = 9;
        Tensor images = Tensor.randn(new Rng(4), n, 1, TestModels.SIDE, TestModels.SIDE).tanh();
        Dataset<Row> frame = spark.createDataFrame(arrayRows(images), ARRAYS).repartition(3);
        assertThat(ExportedTranslators.at(combo).directions()).containsExactly("0to1", "0to2", "1to0", "1to2", "2to0",
                "2to1");
        for (String direction : ExportedTranslators.at(combo).directions()) {
            List<Row> rows = Gan4jSpark.on(spark).translate(frame, combo, direction,
                    TranslateOptions.defaults().withColumn("pixels").withBatch(4)).collectAsList();
            Map<String, Row> byName = TestImages.byFileName(rows, row -> row.getAs("path"));
            try (OnnxGenerator translator = OnnxGenerator.open(combo.resolve("generator_" + direction + ".onnx"))) {
                Tensor expected = translator.translate(images);
                for (int i = 0; i < n; i++) {
                    TestImages.assertTranslation(byName.get("img" + i), expected, i);
                }
            }
            assertThat(byName.get("short").<String>getAs(TranslateJob.ERROR)).isEqualTo("The image mem/short has 3 "
                    + "values, but the translator takes images of shape [1, 8, 8], 64 values.");
            assertThat(byName.get("none").<String>getAs(TranslateJob.ERROR)).isEqualTo("The image mem/none is missing "
                    + "(column 'pixels' is null); give the row an image or filter it out.");
        }
    }

    @Test
    void aDirectionTheModelLacksIsRefusedWithTheDirectionsItHas() {
        Dataset<Row> frame = spark.createDataFrame(List.<Row>of(), ARRAYS);
        TranslateOptions options = TranslateOptions.defaults().withColumn("pixels");
        assertThatThrownBy(() -> Gan4jSpark.on(spark).translate(frame, twoDomains, "AtoC", options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The model " + twoDomains + " has no translator AtoC; it translates AtoB, BtoA. Give one of"
                        + " those as the direction.");
        Path file = twoDomains.resolve("generator_AtoB.onnx");
        assertThatThrownBy(() -> Gan4jSpark.on(spark).translate(frame, file, "BtoA", options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The model " + file + " has no translator BtoA; it translates AtoB. Give one of those as "
                        + "the direction.");
    }

    @Test
    void anImageColumnOfATypeNotReadIsNamedWithTheTypesThatAre() {
        Dataset<Row> frame = spark.createDataFrame(List.of(RowFactory.create("a.png", 3)), DataTypes.createStructType(
                List.of(DataTypes.createStructField("path", DataTypes.StringType, false),
                        DataTypes.createStructField("image", DataTypes.IntegerType, false))));
        assertThatThrownBy(() -> Gan4jSpark.on(spark).translate(frame, twoDomains, "AtoB", TranslateOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The column 'image' has type int, which gan4j does not read as images; images are read "
                        + "from " + ImageInputColumn.FORMS + ".")
                .hasMessageContaining("Spark's image struct (spark.read.format(\"image\")), binary (PNG or JPEG bytes")
                .hasMessageContaining("array<float> or array<double>");
    }

    @Test
    void aTranslatorMissingOnTheExecutorsIsNamedWithTheFix() throws Exception {
        Path moved = Files.createDirectories(dir.resolve("moved"));
        // weights of their own, so no executor holds a copy of this model from an earlier run
        Path file = TestModels.translator(moved, "A", "B", System.nanoTime());
        Tensor images = Tensor.randn(new Rng(2), 2, 1, TestModels.SIDE, TestModels.SIDE).tanh();
        Dataset<Row> translated = Gan4jSpark.on(spark).translate(spark.createDataFrame(arrayRows(images), ARRAYS), file,
                null, TranslateOptions.defaults().withColumn("pixels").withSharedPath(true).withThreads(3));
        Files.delete(file);
        assertThatThrownBy(translated::count).hasStackTraceContaining("The model file " + file.toAbsolutePath()
                + " is missing on executor driver").hasStackTraceContaining("copy it there");
    }

    /** One row per image, {@code path} img0, img1, ...; then a row of 3 values and a null image. */
    private static List<Row> arrayRows(Tensor images) {
        List<Row> rows = new ArrayList<>();
        int per = images.size() / images.dim(0);
        float[] data = images.data();
        for (int i = 0; i < images.dim(0); i++) {
            rows.add(RowFactory.create("img" + i, Arrays.copyOfRange(data, i * per, (i + 1) * per)));
        }
        rows.add(RowFactory.create("mem/short", new float[] {0f, 0.5f, 1f}));
        rows.add(RowFactory.create("mem/none", null));
        return rows;
    }
}
