package dev.gan4j.spark.train;


import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
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
 * Two executor JVMs ({@code local-cluster[2,1,1024]}): one of them halts in the middle of a
 * round, Spark starts another and retries the task from the round's broadcast, and the run
 * finishes with the weights of an undisturbed run, bit for bit.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ExecutorLossTest {
    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static ResolvedConfig config;
    private static FamilyDiscovery discovery;

    @BeforeAll
    static void start() {
        spark = SparkSessions.of("local-cluster[2,1,1024]");
        discovery = FamilyDiscovery.scanClasspath();
        config = discovery.configLoader(List.of()).parse(SparkTrainingTest.CONFIG, "the test config",
                ConfigOverrides.none());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Checkpoint train(String name, TaskHook hook) throws Exception {
        RunDirectory directory = RunDirectory.create(dir.resolve(name), config.canonicalJson());
        TrainingRun run = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null));
        new SparkTraining(spark, new SparkTrainingConfig(2, 2), hook)
                .train(run, directory, List.of(), DataContext.standard(null));
        return directory.checkpoints().readLatest().orElseThrow();
    }

    @Test
    void anExecutorThatDiesMidRoundLeavesTheWeightsOfAnUndisturbedRun() throws Exception {
        Checkpoint undisturbed = train("undisturbed", TaskHook.NONE);
        TaskHook haltOnce = (startStep, partition, attempt) -> {
            if (startStep == 2 && partition == 1 && attempt == 0) {
                Runtime.getRuntime().halt(137); // the executor's JVM dies as if killed
            }
        };
        Checkpoint killed = train("killed", haltOnce);
        SparkTrainingTest.assertSameWeights(killed, undisturbed);
    }
}
