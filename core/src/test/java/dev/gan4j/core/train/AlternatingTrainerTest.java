package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training loop: event order, the NaN guard, metrics, pictures, the moving average, checks on restore. */
class AlternatingTrainerTest {
    @TempDir
    Path tmp;

    private static TrainingConfig training(int steps, int logEvery, int sampleEvery, int checkpointEvery, int grid,
                                           double ema) {
        return new TrainingConfig(steps, 16, 7L, Map.of(), null, ema, logEvery, sampleEvery, checkpointEvery, grid);
    }

    private AlternatingTrainer trainer(Path directory, TrainingConfig training, Dataset data,
                                       java.util.function.Function<RunSeeds, dev.gan4j.core.spi.GanSystem> system,
                                       List<TrainingListener> listeners) throws IOException {
        RunSeeds seeds = RunSeeds.of(training.seed());
        AlternatingTrainer.Builder b = AlternatingTrainer.builder().setSystem(system.apply(seeds)).setDataset(data)
                .setTraining(training).optListeners(listeners);
        if (directory != null) {
            b.optRunDirectory(RunDirectory.create(directory, "{\"test\":true}"));
        }
        return b.build();
    }

    @Test
    void listenersHearStartStepsSamplesCheckpointsAndEndInOrder() throws IOException {
        RecordingListener recorder = new RecordingListener();
        trainer(tmp.resolve("run"), training(4, 1, 2, 3, 4, 0), new FourGaussians(),
                s -> new TinyGanSystem(s.initialisation()), List.of(recorder)).train();
        assertThat(recorder.events).containsExactly("start 0->4", "step 1", "step 2", "sample 2", "step 3",
                "checkpoint 3 step-000003.ckpt", "step 4", "sample 4", "checkpoint 4 step-000004.ckpt", "end 4");
    }

    @Test
    void nanGuardStopsTheRunNamingTheStepThePhaseAndTheLastGoodCheckpoint() throws IOException {
        Path run = tmp.resolve("nan");
        RecordingListener recorder = new RecordingListener();
        List<TrainingListener> listeners = new ArrayList<>(List.of(new MetricsLog(), new NonFiniteGuard(), recorder));
        // two critic calls per step: call 13 is the first of step 7
        AlternatingTrainer trainer = trainer(run, training(20, 1, 100, 5, 4, 0), new FourGaussians(),
                s -> new PoisonedSystem(new TinyGanSystem(s.initialisation()), 13), listeners);

        assertThatThrownBy(trainer::train).isInstanceOf(TrainingDivergedException.class)
                .hasMessage("Training stopped at step 7: the loss of phase \"discriminator\" is NaN. The last good "
                        + "checkpoint is " + run.resolve("checkpoints/step-000005.ckpt") + "; `gan4j resume` "
                        + "continues from it, best with a lower learning rate or gradient clipping "
                        + "(training.optimizers.<phase>.clipNorm).");
        assertThat(recorder.events).endsWith("failure 7").doesNotContain("step 7", "end 7");
        assertThat(run.resolve("checkpoints/step-000007.ckpt")).doesNotExist();
        List<String> lines = Files.readAllLines(run.resolve("metrics.jsonl"));
        assertThat(lines).hasSize(7);
        assertThat(new ObjectMapper().readTree(lines.get(6)).path("losses").path("discriminator").isNull()).isTrue();
    }

    @Test
    void nanGuardWithoutARunDirectorySaysThereIsNoCheckpoint() throws IOException {
        AlternatingTrainer trainer = trainer(null, training(20, 1, 100, 5, 4, 0), new FourGaussians(),
                s -> new PoisonedSystem(new TinyGanSystem(s.initialisation()), 3), List.of(new NonFiniteGuard()));
        TrainingDivergedException stopped = org.assertj.core.api.Assertions.catchThrowableOfType(trainer::train,
                TrainingDivergedException.class);
        assertThat(stopped.step()).isEqualTo(2);
        assertThat(stopped).hasMessageStartingWith("Training stopped at step 2: the loss of phase \"discriminator\" "
                + "is NaN.").hasMessageContaining("no run directory");
    }

    @Test
    void metricsLinesParseWithStepTimeLossesMetricsAndLearningRates() throws IOException {
        Path run = tmp.resolve("metrics");
        TinyRun.trainer(run, TinyRun.training(100, 50), List.of()).train();
        List<String> lines = Files.readAllLines(run.resolve("metrics.jsonl"));
        assertThat(lines).hasSize(10);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.path("step").asLong()).isEqualTo(10);
        assertThat(java.time.Instant.parse(first.path("time").asText())).isNotNull();
        assertThat(first.path("elapsed").isNumber()).isTrue();
        assertThat(first.path("losses").path("discriminator").isNumber()).isTrue();
        assertThat(first.path("losses").path("generator").isNumber()).isTrue();
        assertThat(first.path("metrics").path("discriminator").path("d_real").isNumber()).isTrue();
        assertThat(first.path("lr").path("discriminator").asDouble()).isEqualTo(1e-3);
        JsonNode last = json.readTree(lines.get(9));
        assertThat(last.path("step").asLong()).isEqualTo(100);
        assertThat(last.path("lr").path("generator").asDouble()).as("linear decay after 50 steps")
                .isCloseTo(1e-3 / 50, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void scatterPlotsOfTwoDimensionalSamplesAreWrittenPerSampleStepAndAsLatest() throws IOException {
        Path run = tmp.resolve("scatter");
        TinyRun.trainer(run, TinyRun.training(100, 50), List.of()).train();
        assertThat(run.resolve("samples/step-000050.png")).exists();
        assertThat(run.resolve("samples/step-000100.png")).exists();
        assertThat(Files.readAllBytes(run.resolve("samples/latest.png")))
                .isEqualTo(Files.readAllBytes(run.resolve("samples/step-000100.png")));
        BufferedImage plot = ImageIO.read(run.resolve("samples/latest.png").toFile());
        assertThat(plot.getWidth()).isEqualTo(SampleGrids.SCATTER_SIZE);
    }

    @Test
    void imageGridsHaveTheGridSizeAndAreNotBlankAndUseTheSameNoiseEachTime() throws IOException {
        Path run = tmp.resolve("grid");
        trainer(run, training(20, 5, 10, 10, 9, 0), new FakeImages(),
                s -> new TinyGanSystem(s.initialisation(), 1, 16, 1, 4, 4), List.of(new SampleGrids())).train();
        BufferedImage grid = ImageIO.read(run.resolve("samples/step-000010.png").toFile());
        assertThat(grid.getWidth()).isEqualTo(3 * 5 + 1);
        assertThat(grid.getHeight()).isEqualTo(3 * 5 + 1);
        java.util.Set<Integer> levels = new java.util.HashSet<>();
        for (int y = 1; y < 5; y++) {
            for (int x = 1; x < 5; x++) {
                levels.add(grid.getRaster().getSample(x, y, 0));
            }
        }
        assertThat(levels).as("gray levels of the first image").hasSizeGreaterThan(4);
        assertThat(run.resolve("samples/step-000020.png")).exists();
        assertThat(run.resolve("samples/latest.png")).exists();
    }

    @Test
    void samplingUsesTheMovingAverageAndLeavesTheTrainedWeightsUntouched() throws IOException {
        AlternatingTrainer trainer = trainer(null, training(30, 10, 100, 100, 4, 0.9), new FourGaussians(),
                s -> new TinyGanSystem(s.initialisation()), List.of());
        trainer.train();
        List<float[]> before = new ArrayList<>();
        for (Parameter p : NetworkTensors.named(trainer.system())) {
            before.add(p.tensor().toArray());
        }
        Tensor averaged = trainer.sample(8, new Rng(5));
        Tensor live = TrainedSampler.of(trainer.system()).sample(8, new Rng(5));

        assertThat(averaged.data()).isNotEqualTo(live.data());
        List<Parameter> after = NetworkTensors.named(trainer.system());
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).tensor().data()).as(after.get(i).name()).isEqualTo(before.get(i));
        }
        assertThat(trainer.system().networks().get("generator").isTraining()).isTrue();
    }

    @Test
    void samplerBuiltFromACheckpointDrawsWhatTheTrainerDraws() throws IOException {
        TrainingConfig settings = training(30, 10, 100, 100, 4, 0.9);
        AlternatingTrainer trainer = trainer(null, settings, new FourGaussians(),
                s -> new TinyGanSystem(s.initialisation()), List.of());
        trainer.train();
        Checkpoint checkpoint = trainer.checkpoint();

        TinyGanSystem fresh = new TinyGanSystem(RunSeeds.of(settings.seed()).initialisation());
        Tensor fromCheckpoint = TrainedSampler.fromCheckpoint(fresh, checkpoint).sample(300, new Rng(9));
        assertThat(fromCheckpoint.dims()).containsExactly(300, 2);
        assertThat(fromCheckpoint.data()).isEqualTo(trainer.sample(300, new Rng(9)).data());
    }

    @Test
    void checkpointOfAnotherArchitectureIsRefusedNamingTheTensor() throws IOException {
        AlternatingTrainer small = trainer(null, training(3, 1, 100, 100, 4, 0), new FourGaussians(),
                s -> new TinyGanSystem(s.initialisation(), 2, 8, 2), List.of());
        small.train();
        AlternatingTrainer large = trainer(null, training(3, 1, 100, 100, 4, 0), new FourGaussians(),
                s -> new TinyGanSystem(s.initialisation()), List.of());
        assertThatThrownBy(() -> large.restore(small.checkpoint(), "The checkpoint x.ckpt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The checkpoint x.ckpt holds \"generator/0.weight\" with shape [8, 4], but this system's "
                        + "has shape [16, 4]; it was written for a different architecture.");
        assertThat(large.step()).isZero();
    }

    @Test
    void checkpointWrittenUnderAnotherConfigIsRefused() throws IOException {
        TrainingConfig settings = training(3, 1, 100, 100, 4, 0);
        AlternatingTrainer a = AlternatingTrainer.builder().setSystem(new TinyGanSystem(new Rng(1)))
                .setDataset(new FourGaussians()).setTraining(settings).optConfig("{\"lr\":1}").build();
        a.train();
        AlternatingTrainer b = AlternatingTrainer.builder().setSystem(new TinyGanSystem(new Rng(1)))
                .setDataset(new FourGaussians()).setTraining(settings).optConfig("{\"lr\":2}").build();
        assertThatThrownBy(() -> b.restore(a.checkpoint(), "The checkpoint y.ckpt"))
                .hasMessageStartingWith("The checkpoint y.ckpt was written under a different config (they first "
                        + "differ at character 7: the checkpoint's has \"{\"lr\":1}\"");
    }

    @Test
    void trainingBeyondTheConfiguredStepsIsRefused() throws IOException {
        AlternatingTrainer trainer = trainer(null, training(3, 1, 100, 100, 4, 0), new FourGaussians(),
                s -> new TinyGanSystem(s.initialisation()), List.of());
        assertThatThrownBy(() -> trainer.trainUntil(4))
                .hasMessage("The target step 4 must lie between the current step 0 and training.steps (3); raise "
                        + "training.steps to train longer.");
    }

    @Test
    void optimiserForAPhaseTheSystemLacksIsRefused() {
        TrainingConfig settings = new TrainingConfig(3, 8, 1L, Map.of("critic",
                dev.gan4j.core.config.OptimizerConfig.defaults()), null, 0, 1, 1, 1, 4);
        assertThatThrownBy(() -> AlternatingTrainer.builder().setSystem(new TinyGanSystem(new Rng(1)))
                .setDataset(new FourGaussians()).setTraining(settings).build())
                .hasMessage("training.optimizers has an entry \"critic\", but the system has no phase of that name; "
                        + "its phases are [discriminator, generator].");
    }

    @Test
    void eachPhaseRunsItsRepeatsAndStepsOnlyItsOwnOptimiser() throws IOException {
        AlternatingTrainer trainer = trainer(null, training(5, 1, 100, 100, 4, 0), new FourGaussians(),
                s -> new TinyGanSystem(s.initialisation(), 3, 8, 2), List.of());
        trainer.train();
        Checkpoint c = trainer.checkpoint();
        assertThat(c.optimizerStates().get("discriminator").get("step")).containsExactly(15);
        assertThat(c.optimizerStates().get("generator").get("step")).containsExactly(5);
    }
}
