package dev.gan4j.core.train;

import dev.gan4j.core.config.OptimizerConfig;
import dev.gan4j.core.config.ScheduleConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.spi.GanSystem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds trainers of {@link TinyGanSystem} on {@link FourGaussians} the way the CLI does, for tests. */
final class TinyRun {
    private TinyRun() {
    }

    /**
     * The tiny run's settings: Adam with clipping for the critic, AdamW for the generator, a linear
     * decay after 50 steps, a moving average, and frequent logs, pictures and checkpoints.
     */
    static TrainingConfig training(int steps, int checkpointEvery) {
        return new TrainingConfig(steps, 32, 42L, Map.of(
                "discriminator", new OptimizerConfig("adam", 1e-3, 0.5, 0.999, null, null, 1.0),
                "generator", new OptimizerConfig("adamw", 1e-3, 0.5, 0.999, null, 1e-4, null)),
                new ScheduleConfig("linear-decay", 0, 0, 50), 0.99, 10, 50, checkpointEvery, 64);
    }

    /** A canonical-looking config string for the settings. */
    static String config(TrainingConfig training) {
        return "{\"family\":{\"type\":\"tiny\"},\"training\":{\"steps\":" + training.steps() + ",\"checkpointEvery\":"
                + training.checkpointEvery() + "}}";
    }

    /** A trainer of a fresh system (built from the run's initialisation split) writing into {@code directory}. */
    static AlternatingTrainer trainer(Path directory, TrainingConfig training, List<TrainingListener> extra)
            throws IOException {
        return trainer(directory, training, extra, seeds -> new TinyGanSystem(seeds.initialisation()));
    }

    /** The same with a system of the caller's making. */
    static AlternatingTrainer trainer(Path directory, TrainingConfig training, List<TrainingListener> extra,
                                      Function<RunSeeds, GanSystem> system) throws IOException {
        RunSeeds seeds = RunSeeds.of(training.seed());
        List<TrainingListener> listeners = new ArrayList<>();
        listeners.add(new MetricsLog());
        listeners.add(new SampleGrids());
        listeners.add(new NonFiniteGuard());
        listeners.addAll(extra);
        return AlternatingTrainer.builder()
                .setSystem(system.apply(seeds))
                .setDataset(new FourGaussians())
                .setTraining(training)
                .optSeeds(seeds)
                .optRunDirectory(RunDirectory.create(directory, config(training)))
                .optProvenance(step -> "{\"step\":" + step + "}")
                .optListeners(listeners)
                .build();
    }
}
