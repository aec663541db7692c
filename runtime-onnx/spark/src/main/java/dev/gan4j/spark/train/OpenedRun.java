package dev.gan4j.spark.train;

import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.train.TrainingRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A run as a task opens it on an executor, from the canonical config and the data directory the
 * driver sent: the parsed config with the family, its system built and the whole dataset opened,
 * and the data context. Opening one is the fixed cost a {@link ExecutorCache} spreads over a run's tasks.
 *
 * @param run    the config, family, system and whole dataset
 * @param data   where the data was found
 */
record OpenedRun(TrainingRun run, DataContext data) {
    /**
     * Opens the run of {@code canonicalConfig} on this executor.
     *
     * @param canonicalConfig the run's canonical config JSON
     * @param dataDirectory   the data directory the driver was given, or null for the standard places
     * @param partition       the task's partition, named in the error when the data cannot be opened
     * @throws UncheckedIOException when the data cannot be read
     */
    static OpenedRun open(String canonicalConfig, String dataDirectory, int partition) {
        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        ResolvedConfig config = discovery.configLoader(List.of())
                .parse(canonicalConfig, "the broadcast run config", ConfigOverrides.none());
        DataContext data = DataContext.standard(dataDirectory == null ? null : Path.of(dataDirectory));
        try {
            return new OpenedRun(TrainingRun.prepare(config, discovery.families(), data), data);
        } catch (IOException e) {
            throw new UncheckedIOException("Worker " + partition + " could not open the data: " + e.getMessage(), e);
        }
    }
}
