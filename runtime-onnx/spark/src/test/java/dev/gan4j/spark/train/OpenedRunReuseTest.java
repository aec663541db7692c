package dev.gan4j.spark.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.train.MetricsLog;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainingRun;
import dev.gan4j.spark.SparkSessions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round's task reuses the run its executor opened for the round before ({@link ExecutorCache}):
 * the same system, restored from the broadcast state. These runs show that a reused run trains the
 * bits a freshly opened one does, for a family whose state includes pools of past fakes, instance
 * norm and two optimisers per side (cyclegan), and for one with a moving average (gan), by training
 * each twice on {@code local[2]} with one round per step: once with the cache emptied at the start
 * of every task, once as users run it.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OpenedRunReuseTest {
    private static final String CYCLEGAN = """
            {"family": {"type": "cyclegan", "generator": {"type": "resnet", "baseChannels": 2, "blocks": 1},
                        "discriminator": {"type": "patchgan", "baseChannels": 2}, "poolSize": 3},
             "data": {"type": "unpaired", "domains": {
                 "A": {"type": "fashion-mnist", "split": "test", "classes": [7], "part": "first"},
                 "B": {"type": "fashion-mnist", "split": "test", "classes": [7], "part": "second", "transform": "invert"}}},
             "training": {"steps": 5, "batchSize": 2, "seed": 3,
                          "logEvery": 1, "sampleEvery": 100, "checkpointEvery": 100}}
            """;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static FamilyDiscovery discovery;

    @BeforeAll
    static void start() {
        spark = SparkSessions.of("local[2]");
        discovery = FamilyDiscovery.scanClasspath();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aReusedCycleGanTrainsTheBitsOfAFreshlyOpenedOne() throws Exception {
        assertReuseChangesNothing(CYCLEGAN, "cyclegan");
    }

    @Test
    void aReusedGanWithAMovingAverageTrainsTheBitsOfAFreshlyOpenedOne() throws Exception {
        assertReuseChangesNothing(SparkTrainingTest.CONFIG, "gan");
    }

    private static void assertReuseChangesNothing(String json, String name) throws Exception {
        ResolvedConfig config = discovery.configLoader(List.of()).parse(json, "the test config", ConfigOverrides.none());
        TaskHook alwaysFresh = (startStep, partition, attempt) -> RoundTask.openedRuns().clear();
        Checkpoint fresh = train(config, dir.resolve(name + "-fresh"), alwaysFresh);
        RoundTask.openedRuns().clear();
        Checkpoint reused = train(config, dir.resolve(name + "-reused"), TaskHook.NONE);
        long rounds = reused.step();
        assertThat(RoundTask.openedRuns().preparedCount()).as("runs opened for " + rounds + " rounds of 2 tasks")
                .isBetween(1L, 2L);
        SparkTrainingTest.assertSameWeights(reused, fresh);
        assertThat(reused.randomStates()).isEqualTo(fresh.randomStates());
    }

    private static Checkpoint train(ResolvedConfig config, Path path, TaskHook hook) throws Exception {
        RunDirectory directory = RunDirectory.create(path, config.canonicalJson());
        TrainingRun run = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null));
        new SparkTraining(spark, new SparkTrainingConfig(2, 1), hook)
                .train(run, directory, List.of(new MetricsLog()), DataContext.standard(null));
        return directory.checkpoints().readLatest().orElseThrow();
    }
}
