package dev.gan4j.core.train;

import dev.gan4j.core.config.RunConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.spi.GanSystem;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

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
 * @param runConfig    the whole run config (data, evaluation), when the run was started from one
 * @param dataContext  where the run's data files are found (for reference data of evaluations)
 * @param provenance   the provenance JSON of the run at a given step
 */
public record TrainingStart(long startStep, long targetStep, TrainingConfig training, GanSystem system,
                            Dataset dataset, RunSeeds seeds, Optional<RunDirectory> runDirectory,
                            Optional<Path> resumedFrom, Optional<RunConfig> runConfig, DataContext dataContext,
                            LongFunction<String> provenance) {
    /** A start without a run config, with the standard data locations and empty provenance. */
    public TrainingStart(long startStep, long targetStep, TrainingConfig training, GanSystem system, Dataset dataset,
                         RunSeeds seeds, Optional<RunDirectory> runDirectory, Optional<Path> resumedFrom) {
        this(startStep, targetStep, training, system, dataset, seeds, runDirectory, resumedFrom, Optional.empty(),
                DataContext.standard(null), step -> "{}");
    }

    /** Checks that every part is present. */
    public TrainingStart {
        Objects.requireNonNull(runConfig, "runConfig");
        Objects.requireNonNull(dataContext, "dataContext");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(runDirectory, "runDirectory");
        Objects.requireNonNull(resumedFrom, "resumedFrom");
    }
}
