package dev.gan4j.spark.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.MetricsLog;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact mode on two executor JVMs ({@code local-cluster[2,1,1024]}): the {@code gan} family on
 * ring8 (no batch norm; R1 penalty, moving average, decaying learning rate), 2 workers of 32 examples
 * each for 20 steps, against one machine at batch 64 for 20 steps: the largest difference of any weight
 * or moving-average value, relative to the largest magnitude of its tensor, is at most 1e-5.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ExactTrainingTest {
    static final String CONFIG = """
            {"family": {"type": "gan", "network": {"type": "mlp", "hiddenSizes": [64, 64, 64], "generatorOutput": "linear"},
                        "latentSize": 2, "objective": "non-saturating", "penalty": "r1", "penaltyWeight": 1.0},
             "data": {"type": "ring8"},
             "training": {"steps": 20, "batchSize": 64, "seed": 7, "emaDecay": 0.9,
                          "optimizers": {"generator": {"lr": 0.0005, "beta1": 0.5},
                                         "discriminator": {"lr": 0.0005, "beta1": 0.5}},
                          "schedule": {"type": "linear-decay", "hold": 0.5},
                          "logEvery": 5, "sampleEvery": 100, "checkpointEvery": 10}}
            """;
    static final double TOLERANCE = 1e-5;

    @TempDir
    static Path dir;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSessions.of("local-cluster[2,1,1024]");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void twoWorkersOfBatch32GiveTheWeightsOfOneMachineOfBatch64() throws Exception {
        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        ResolvedConfig config = discovery.configLoader(List.of()).parse(CONFIG, "the exact test config",
                ConfigOverrides.none());
        AlternatingTrainer alone = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null))
                .trainer(null, List.of());
        alone.train();
        Checkpoint oneMachine = alone.checkpoint();

        Path path = dir.resolve("exact");
        RunDirectory directory = RunDirectory.create(path, config.canonicalJson());
        SparkTraining.Summary summary = new SparkTraining(spark, SparkTrainingConfig.exact(2), TaskHook.NONE)
                .train(TrainingRun.prepare(config, discovery.families(), DataContext.standard(null)), directory,
                        List.of(new MetricsLog()), DataContext.standard(null));
        Checkpoint exact = directory.checkpoints().readLatest().orElseThrow();

        assertThat(summary.step()).isEqualTo(20);
        assertThat(summary.rounds()).as("one round per phase step").isEqualTo(40);
        double largest = largestDifference(exact, oneMachine);
        System.out.printf("exact mode, gan on ring8, 2 workers x batch 32 vs 1 machine x batch 64, 20 steps: "
                + "largest relative weight difference %.3e%n", largest);
        assertThat(largest).isLessThanOrEqualTo(TOLERANCE);
        assertThat(exact.step()).isEqualTo(oneMachine.step());
        assertThat(exact.dataState()).as("the data position of one machine").containsExactly(oneMachine.dataState());
        assertThat(exact.randomStates()).as("the noise position of one machine").isEqualTo(oneMachine.randomStates());
        assertThat(exact.provenance()).contains("\"workers\":2,\"syncEvery\":1,\"exact\":true");
        assertThat(Files.readAllLines(path.resolve("metrics.jsonl"))).hasSize(4);
        List<String> rounds = Files.readAllLines(path.resolve(SparkTraining.ROUNDS_FILE));
        assertThat(rounds).hasSize(40).allMatch(line -> line.contains("\"workers\":2"));
        double[] jobMs = rounds.stream().skip(4).mapToDouble(line -> Double.parseDouble(
                line.replaceAll(".*\"jobMs\":([0-9.Ee-]+).*", "$1"))).sorted().toArray();
        System.out.printf("exact mode on local-cluster[2,1,1024]: median Spark job per round %.0f ms (rounds 5 to 40)%n",
                jobMs[jobMs.length / 2]);
    }

    /** The largest {@link #relativeDifference} of any weight, buffer or moving-average tensor. */
    static double largestDifference(Checkpoint actual, Checkpoint expected) {
        double largest = 0;
        for (Map.Entry<String, Tensor> e : expected.tensors().entrySet()) {
            largest = Math.max(largest, relativeDifference(actual.tensors().get(e.getKey()).data(), e.getValue().data()));
        }
        for (Map.Entry<String, float[]> e : expected.averageState().entrySet()) {
            largest = Math.max(largest, relativeDifference(actual.averageState().get(e.getKey()), e.getValue()));
        }
        return largest;
    }

    /** The largest |a - b| over the largest |b|: the difference on the tensor's own scale. */
    private static double relativeDifference(float[] actual, float[] expected) {
        double difference = 0;
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            difference = Math.max(difference, Math.abs((double) actual[i] - expected[i]));
            scale = Math.max(scale, Math.abs((double) expected[i]));
        }
        return scale == 0 ? difference : difference / scale;
    }
}
