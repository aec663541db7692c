package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.data.ImageFiles;
import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.PngEncoding;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.eval.OnnxFeatureExtractor;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs on two executor processes ({@code local-cluster[2,1,1024]}): one session per executor
 * for a 64-partition job, the same samples under two partition counts, FID equal to
 * {@code gan4j eval}'s evaluator on the same samples, and a folder read by Spark's image source
 * translated as {@code gan4j translate} translates it, its corrupt file named in the error column.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LocalClusterTest {
    private static final int N = 64 * NoiseBlocks.BLOCK;
    private static final long SEED = 3;

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
        spark = SparkSessions.localCluster();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aSixtyFourPartitionJobOpensOneSessionPerExecutorAndGivesTheSameSamplesAsFivePartitions() throws Exception {
        Gan4jSpark gan4j = Gan4jSpark.on(spark);
        List<Row> rows = gan4j.sample(model, N, SEED, SampleOptions.defaults().withPartitions(64)).collectAsList();
        SampleAssertions.assertRowsEqual(rows, reference, 0);
        assertThat(gan4j.counters().sessionsOpened()).isEqualTo(2);
        assertThat(gan4j.counters().devices()).hasSize(2).allMatch(line -> line.endsWith("on CPUExecutionProvider"));
        List<Row> five = Gan4jSpark.on(spark).sample(model, N, SEED, SampleOptions.defaults().withPartitions(5))
                .collectAsList();
        SampleAssertions.assertRowsEqual(five, reference, 0);
    }

    @Test
    void imagesOfSparksImageSourceAreTranslatedAsGan4jTranslateAndACorruptPngIsReportedByPath() throws Exception {
        int n = 24;
        Path clean = TestImages.greyPngs(dir.resolve("images"), n, TestModels.SIDE, 11);
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        try (var files = Files.list(clean)) {
            for (Path file : files.toList()) {
                Files.copy(file, mixed.resolve(file.getFileName()));
            }
        }
        Path corrupt = TestImages.corruptPng(mixed.resolve("img07-broken.png"));
        Path export = TestModels.translators(Files.createDirectories(dir.resolve("export")), "A", "B");
        Dataset<Row> images = spark.read().format("image").option("dropInvalid", false).load(mixed.toString());
        List<Row> rows = Gan4jSpark.on(spark).translate(images, export, "AtoB", TranslateOptions.defaults().withPng(true))
                .collectAsList();
        Map<String, Row> byName = TestImages.byFileName(rows, row -> row.getStruct(0).getString(0));
        assertThat(byName).hasSize(n + 1);
        assertThat(byName.get("img07-broken.png").<String>getAs(TranslateJob.ERROR)).isEqualTo("The image file://"
                + corrupt.toAbsolutePath() + " cannot be read: Spark's image source could not decode it (it is not a "
                + "PNG or JPEG image that javax.imageio can decode); replace or remove the file.");
        try (OnnxGenerator translator = OnnxGenerator.open(export.resolve("generator_AtoB.onnx"))) {
            // what gan4j translate --in DIR computes
            Tensor expected = translator.translate(ImageFiles.in(clean).read(0, n, 1, TestModels.SIDE));
            for (int i = 0; i < n; i++) {
                Row row = byName.get(String.format("img%02d.png", i));
                TestImages.assertTranslation(row, expected, i);
                // the PNG gan4j translate --out-dir writes
                byte[] png = PngEncoding.encode(ImageGrid.renderOne(expected.slice(0, i, i + 1).detach()));
                assertThat(row.<byte[]>getAs(TranslateJob.PNG)).isEqualTo(png);
            }
        }
    }

    @Test
    void distributedFidEqualsTheSingleJvmEvaluatorsWithinOneMillionth() throws Exception {
        Path features = TestModels.features(dir);
        Tensor referenceImages = Tensor.randn(new Rng(12), 500, 1, TestModels.SIDE, TestModels.SIDE).tanh();
        Gan4jSpark gan4j = Gan4jSpark.on(spark);
        Dataset<Row> samples = gan4j.sample(model, 2000, SEED, SampleOptions.defaults().withPartitions(4));
        DistributedEvaluation evaluation = new DistributedEvaluation(gan4j,
                FeatureSource.onnx(spark, features, "sample"), 100);
        DistributedEvaluation.Result result = evaluation.evaluate(samples, "image", null, referenceImages);
        double single;
        try (OnnxFeatureExtractor extractor = OnnxFeatureExtractor.open(features, "sample");
             OnnxGenerator generator = OnnxGenerator.open(model)) {
            EvaluationResult evaluated = new SampleEvaluator(extractor, referenceImages, "noise", 3)
                    .evaluate(generator.sample(2000, SEED), null, new Rng(1));
            single = evaluated.metric(EvaluationResult.FID).orElseThrow();
        }
        assertThat(result.samples().count()).isEqualTo(2000);
        assertThat(result.fid()).isGreaterThan(0);
        assertThat(Math.abs(result.fid() - single)).isLessThanOrEqualTo(1e-6 * single);
    }
}
