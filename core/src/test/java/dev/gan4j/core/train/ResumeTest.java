package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.checkpoint.CorruptCheckpointException;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.kernel.Kernels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped after 100 of 200 steps and resumed by a new trainer over a new system ends with
 * exactly the bits of a run never stopped, on one thread; a kill during a write leaves the last
 * complete checkpoint to resume from, and a corrupt newest checkpoint is refused.
 */
class ResumeTest {
    private static final TrainingConfig TRAINING = TinyRun.training(200, 50);

    @TempDir
    Path tmp;
    private Kernels.Scope kernels;

    @BeforeEach
    void oneThread() {
        kernels = Kernels.use(Kernels.create("java", 1));
    }

    @AfterEach
    void restoreKernels() {
        kernels.close();
    }

    @Test
    void resumedRunEndsWithTheSameBitsAsAnUninterruptedRun() throws IOException {
        Checkpoint straight = straightRun();

        AlternatingTrainer first = TinyRun.trainer(tmp.resolve("interrupted"), TRAINING, List.of());
        first.trainUntil(100);
        assertThat(different(first.checkpoint(), straight)).isTrue();

        AlternatingTrainer resumed = TinyRun.trainer(tmp.resolve("interrupted"), TRAINING, List.of());
        assertThat(resumed.resumeFromLatest())
                .contains(tmp.resolve("interrupted/checkpoints/step-000100.ckpt"));
        assertThat(resumed.step()).isEqualTo(100);
        resumed.train();

        assertSameState(resumed.checkpoint(), straight);
    }

    @Test
    void leftoverTemporaryFileOfAKilledWriteIsIgnoredAndTheLastCompleteCheckpointResumes() throws IOException {
        Checkpoint straight = straightRun();
        Path run = tmp.resolve("killed");
        TinyRun.trainer(run, TRAINING, List.of()).trainUntil(100);
        Path complete = run.resolve("checkpoints/step-000100.ckpt");
        byte[] bytes = Files.readAllBytes(complete);
        Path leftover = run.resolve("checkpoints/step-000150.ckpt.123456.tmp");
        Files.write(leftover, Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(run.resolve("metrics.jsonl"), "{\"step\":150,\"ti", java.nio.file.StandardOpenOption.APPEND);

        AlternatingTrainer resumed = TinyRun.trainer(run, TRAINING, List.of());
        assertThat(resumed.resumeFromLatest()).contains(complete);
        assertThat(leftover).doesNotExist();
        resumed.train();

        assertSameState(resumed.checkpoint(), straight);
    }

    @Test
    void truncatedNewestCheckpointIsRefusedNamingTheFileAndAnIntactEarlierOne() throws IOException {
        Path run = tmp.resolve("truncated");
        TinyRun.trainer(run, TRAINING, List.of()).trainUntil(100);
        Path newest = run.resolve("checkpoints/step-000100.ckpt");
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, Arrays.copyOf(bytes, bytes.length - 100));

        AlternatingTrainer resumed = TinyRun.trainer(run, TRAINING, List.of());
        assertThatThrownBy(resumed::resumeFromLatest)
                .isInstanceOf(CorruptCheckpointException.class)
                .hasMessageContaining(newest.toString())
                .hasMessageContaining("is truncated")
                .hasMessageContaining("step-000050.ckpt");
        assertThat(resumed.step()).isZero();
    }

    @Test
    void deletingACorruptCheckpointResumesFromTheEarlierOne() throws IOException {
        Path run = tmp.resolve("deleted");
        TinyRun.trainer(run, TRAINING, List.of()).trainUntil(100);
        Files.delete(run.resolve("checkpoints/step-000100.ckpt"));

        AlternatingTrainer resumed = TinyRun.trainer(run, TRAINING, List.of());
        assertThat(resumed.resumeFromLatest()).contains(run.resolve("checkpoints/step-000050.ckpt"));
        assertThat(resumed.step()).isEqualTo(50);
    }

    @Test
    void resumedMetricsFileHasEachLoggedStepOnce() throws IOException {
        Path run = tmp.resolve("metrics");
        TinyRun.trainer(run, TRAINING, List.of()).trainUntil(100);
        Files.delete(run.resolve("checkpoints/step-000100.ckpt"));
        AlternatingTrainer resumed = TinyRun.trainer(run, TRAINING, List.of());
        resumed.resumeFromLatest();
        resumed.train();

        List<String> lines = Files.readAllLines(run.resolve("metrics.jsonl"));
        List<Long> steps = lines.stream().map(l -> Long.parseLong(l.replaceAll("^\\{\"step\":(\\d+),.*$", "$1")))
                .toList();
        assertThat(steps).doesNotHaveDuplicates().isSorted().hasSize(20).endsWith(200L);
    }

    @Test
    void runWithoutCheckpointsStartsAtStepZero() throws IOException {
        AlternatingTrainer fresh = TinyRun.trainer(tmp.resolve("fresh"), TRAINING, List.of());
        assertThat(fresh.resumeFromLatest()).isEmpty();
        assertThat(fresh.step()).isZero();
    }

    private Checkpoint straightRun() throws IOException {
        AlternatingTrainer straight = TinyRun.trainer(tmp.resolve("straight"), TRAINING, List.of());
        straight.train();
        return straight.checkpoint();
    }

    static boolean different(Checkpoint a, Checkpoint b) {
        return a.tensors().entrySet().stream()
                .anyMatch(e -> !Arrays.equals(e.getValue().data(), b.tensors().get(e.getKey()).data()));
    }

    static void assertSameState(Checkpoint actual, Checkpoint expected) {
        assertThat(actual.step()).isEqualTo(expected.step());
        assertThat(actual.tensors().keySet()).containsExactlyElementsOf(expected.tensors().keySet());
        expected.tensors().forEach((name, t) -> assertThat(actual.tensors().get(name).data()).as(name)
                .isEqualTo(t.data()));
        assertThat(actual.optimizerStates().keySet()).isEqualTo(expected.optimizerStates().keySet());
        expected.optimizerStates().forEach((phase, state) -> sameFloatMap(phase, actual.optimizerStates().get(phase),
                state));
        sameFloatMap("average", actual.averageState(), expected.averageState());
        assertThat(actual.averageState()).isNotEmpty();
        assertThat(actual.randomStates()).isEqualTo(expected.randomStates());
        assertThat(actual.dataState()).isEqualTo(expected.dataState());
    }

    private static void sameFloatMap(String what, Map<String, float[]> actual, Map<String, float[]> expected) {
        assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(what + " " + k).isEqualTo(v));
    }
}
