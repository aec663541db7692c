package dev.gan4j.core.train;

import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.spi.GanSystem;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TrainingListener} learns when a run starts or resumes.
 *
 * @param startStep    the iterations already done (0 for a fresh run)
 * @param targetStep   the step this session trains to
 * @param training     the loop's settings
 * @param system       the system being trained
 * @param dataset      the training data
 * @param seeds        the run's random generators (for fixed sample noise and reference data)
 * @param runDirectory where files go; empty when the run writes no files
 * @param resumedFrom  the checkpoint the run resumed from, if any
 */
public record TrainingStart(long startStep, long targetStep, TrainingConfig training, GanSystem system,
                            Dataset dataset, RunSeeds seeds, Optional<RunDirectory> runDirectory,
                            Optional<Path> resumedFrom) {
    /** Checks that every part is present. */
    public TrainingStart {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(runDirectory, "runDirectory");
        Objects.requireNonNull(resumedFrom, "resumedFrom");
    }
}
