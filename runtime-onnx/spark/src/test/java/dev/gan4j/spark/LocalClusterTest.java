package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.eval.OnnxFeatureExtractor;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.nio.file.Path;
import java.util.List;
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
 * for a 64-partition job, the same samples under two partition counts, and FID equal to
 * {@code gan4j eval}'s evaluator on the same samples.
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
