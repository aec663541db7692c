package dev.gan4j.spark.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.tensor.Tensor;
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
 * Rounds of data-parallel training on {@code local[2,4]} (two task threads, four attempts per
 * task): an ordinary run directory, the same bits whatever fails and is retried, and a driver
 * that dies continuing from its last round to the same bits.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SparkTrainingTest {
    static final String CONFIG = """
            {"family": {"type": "gan", "network": {"type": "mlp", "hiddenSizes": [16, 16], "generatorOutput": "linear"},
                        "latentSize": 2, "objective": "non-saturating"},
             "data": {"type": "ring8"},
             "training": {"steps": 6, "batchSize": 16, "seed": 5, "emaDecay": 0.9,
                          "logEvery": 2, "sampleEvery": 100, "checkpointEvery": 100}}
            """;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static FamilyDiscovery discovery;
    private static ResolvedConfig config;
    private static Checkpoint undisturbed;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSessions.of("local[2,4]");
        discovery = FamilyDiscovery.scanClasspath();
        config = discovery.configLoader(List.of()).parse(CONFIG, "the test config", ConfigOverrides.none());
        undisturbed = train(dir.resolve("undisturbed"), TaskHook.NONE);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Checkpoint train(Path path, TaskHook hook) throws Exception {
        RunDirectory directory = Files.exists(path) ? RunDirectory.open(path)
                : RunDirectory.create(path, config.canonicalJson());
        TrainingRun run = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null));
        new SparkTraining(spark, new SparkTrainingConfig(2, 2), hook)
                .train(run, directory, List.of(new MetricsLog()), DataContext.standard(null));
        return directory.checkpoints().readLatest().orElseThrow();
    }

    static void assertSameWeights(Checkpoint actual, Checkpoint expected) {
        assertThat(actual.step()).isEqualTo(expected.step());
        assertThat(actual.tensors().keySet()).containsExactlyElementsOf(expected.tensors().keySet());
        for (Map.Entry<String, Tensor> e : expected.tensors().entrySet()) {
            assertThat(actual.tensors().get(e.getKey()).data()).as(e.getKey()).containsExactly(e.getValue().data());
        }
        expected.optimizerStates().forEach((phase, state) -> state.forEach((key, values) ->
                assertThat(actual.optimizerStates().get(phase).get(key)).as(phase + "/" + key).containsExactly(values)));
        expected.averageState().forEach((key, values) ->
                assertThat(actual.averageState().get(key)).as("average " + key).containsExactly(values));
    }

    @Test
    void writesAnOrdinaryRunWithTheSparkSettingsInItsProvenanceAndOneLinePerRound() throws Exception {
        Path run = dir.resolve("undisturbed");
        assertThat(undisturbed.step()).isEqualTo(6);
        assertThat(undisturbed.provenance()).contains("\"spark\":{\"master\":\"local[2,4]\",\"workers\":2,"
                + "\"syncEvery\":2}");
        List<String> metrics = Files.readAllLines(run.resolve("metrics.jsonl"));
        assertThat(metrics).hasSize(3).allMatch(line -> line.contains("\"losses\":{\"discriminator\""));
        for (int i = 0; i < 3; i++) {
            assertThat(metrics.get(i)).as("metrics line " + i)
                    .startsWith("{\"step\":" + 2 * (i + 1) + ",\"round\":" + (i + 1) + ",\"workers\":2,");
        }
        assertThat(Files.readAllLines(run.resolve(SparkTraining.ROUNDS_FILE))).hasSize(3)
                .allMatch(line -> line.contains("\"workers\":2,\"syncEvery\":2"));
        assertThat(RunDirectory.open(run).checkpoints().list()).hasSize(3);
    }

    @Test
    void aFailedTaskAttemptIsRetriedToTheSameBits() throws Exception {
        TaskHook failOnce = (startStep, partition, attempt) -> {
            if (startStep == 2 && partition == 1 && attempt == 0) {
                throw new IllegalStateException("the test fails the first attempt of partition 1 in round 2");
            }
        };
        assertSameWeights(train(dir.resolve("retried"), failOnce), undisturbed);
    }

    @Test
    void aDriverThatDiesContinuesFromItsLastRoundToTheSameBits() throws Exception {
        Path path = dir.resolve("resumed");
        TaskHook neverPastStepFour = (startStep, partition, attempt) -> {
            if (startStep == 4) {
                throw new IllegalStateException("the test stops the run at step 4");
            }
        };
        assertThatThrownBy(() -> train(path, neverPastStepFour)).hasStackTraceContaining("stops the run at step 4");
        assertThat(RunDirectory.open(path).checkpoints().readLatest().orElseThrow().step()).isEqualTo(4);
        assertSameWeights(train(path, TaskHook.NONE), undisturbed);
    }

    @Test
    void rejectsMoreWorkersThanTaskSlotsNamingHowManyThereAre() {
        assertThatThrownBy(() -> new SparkTraining(spark, new SparkTrainingConfig(3, 1), TaskHook.NONE)
                .train(TrainingRun.prepare(config, discovery.families(), DataContext.standard(null)),
                        RunDirectory.create(dir.resolve("three"), config.canonicalJson()), List.of(),
                        DataContext.standard(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--workers is 3").hasMessageContaining("has 2 task slots");
    }

    @Test
    void rejectsASyncIntervalBelowOne() {
        assertThatThrownBy(() -> new SparkTrainingConfig(2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("syncEvery (K, --sync-every) is 0");
    }

    @Test
    void aFailedTaskAttemptInExactModeIsRetriedToTheSameBits() throws Exception {
        TaskHook failOnce = (iteration, partition, attempt) -> {
            if (iteration == 3 && partition == 0 && attempt == 0) {
                throw new IllegalStateException("the test fails the first attempt of partition 0 in iteration 3");
            }
        };
        Checkpoint undisturbedExact = trainExactly(dir.resolve("exact-undisturbed"), TaskHook.NONE);
        assertThat(undisturbedExact.step()).isEqualTo(6);
        assertSameWeights(trainExactly(dir.resolve("exact-retried"), failOnce), undisturbedExact);
    }

    private static Checkpoint trainExactly(Path path, TaskHook hook) throws Exception {
        RunDirectory directory = RunDirectory.create(path, config.canonicalJson());
        new SparkTraining(spark, SparkTrainingConfig.exact(2), hook).train(
                TrainingRun.prepare(config, discovery.families(), DataContext.standard(null)), directory, List.of(),
                DataContext.standard(null));
        return directory.checkpoints().readLatest().orElseThrow();
    }

    @Test
    void exactModeRejectsASyncIntervalOtherThanOne() {
        assertThatThrownBy(() -> new SparkTrainingConfig(2, 5, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--exact synchronises every phase step, but --sync-every is 5");
    }

    @Test
    void exactModeRejectsABatchThatDoesNotDivideAmongTheWorkers() throws Exception {
        ResolvedConfig odd = discovery.configLoader(List.of()).parse(CONFIG, "the test config",
                ConfigOverrides.of(List.of("training.batchSize=15"), null));
        assertThatThrownBy(() -> new SparkTraining(spark, SparkTrainingConfig.exact(2), TaskHook.NONE)
                .requireFits(TrainingRun.prepare(odd, discovery.families(), DataContext.standard(null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training.batchSize = 15").hasMessageContaining("not a multiple of 2");
    }

    @Test
    void exactModeRejectsBatchNormNamingTheLayer() throws Exception {
        ResolvedConfig normed = discovery.configLoader(List.of()).parse(CONFIG.replace("\"hiddenSizes\": [16, 16],",
                "\"hiddenSizes\": [16, 16], \"batchNorm\": true,"), "the test config", ConfigOverrides.none());
        assertThatThrownBy(() -> new SparkTraining(spark, SparkTrainingConfig.exact(2), TaskHook.NONE)
                .requireFits(TrainingRun.prepare(normed, discovery.families(), DataContext.standard(null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a batch norm").hasMessageContaining("DDP without SyncBatchNorm");
    }

    @Test
    void exactModeGivesTheOneMachineRunWithAGradientPenaltyAndTwoCriticStepsPerStep() throws Exception {
        // the penalty draws its interpolation per example (a uniform fill), and each critic repeat is a round
        ResolvedConfig wgan = discovery.configLoader(List.of()).parse(CONFIG.replace("\"objective\": \"non-saturating\"",
                "\"objective\": \"wasserstein\", \"penalty\": \"gradient-penalty\", \"nCritic\": 2"),
                "the test config", ConfigOverrides.none());
        var alone = TrainingRun.prepare(wgan, discovery.families(), DataContext.standard(null)).trainer(null, List.of());
        alone.train();
        RunDirectory directory = RunDirectory.create(dir.resolve("exact-wgan"), wgan.canonicalJson());
        SparkTraining.Summary summary = new SparkTraining(spark, SparkTrainingConfig.exact(2), TaskHook.NONE).train(
                TrainingRun.prepare(wgan, discovery.families(), DataContext.standard(null)), directory, List.of(),
                DataContext.standard(null));
        assertThat(summary.rounds()).as("two critic rounds and one generator round per step").isEqualTo(18);
        Checkpoint exact = directory.checkpoints().readLatest().orElseThrow();
        assertThat(ExactTrainingTest.largestDifference(exact, alone.checkpoint()))
                .isLessThanOrEqualTo(ExactTrainingTest.TOLERANCE);
        assertThat(exact.randomStates()).isEqualTo(alone.checkpoint().randomStates());
    }
}
