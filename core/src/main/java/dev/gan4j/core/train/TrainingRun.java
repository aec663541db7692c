package dev.gan4j.core.train;

import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.RunProvenanceJson;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Turns a resolved run config into a ready {@link AlternatingTrainer}: opens the dataset, splits
 * the root seed, builds the family's system from the initialisation split with the network types
 * the config was read against (those discovered at start-up), each network checked against the
 * heap before it is allocated ({@link HeapBudget}), and records the
 * provenance in every checkpoint. The command line and the embedding API both start runs here.
 *
 * @param config  the resolved config
 * @param family  the family the config names
 * @param dataset the opened training data
 * @param seeds   the root seed's splits
 * @param system  the networks and phases, initialised from {@code seeds.initialisation()}
 */
public record TrainingRun(ResolvedConfig config, GanFamily family, Dataset dataset, RunSeeds seeds,
                          GanSystem system) {

    /**
     * Opens the data and builds the system for {@code config}, to train it: each network is checked
     * against the heap, with its gradients, optimiser state and activations, before it is allocated.
     *
     * @param families the installed families by id
     * @param data     where the dataset's files are looked for
     * @throws IllegalArgumentException naming the known families when the config's is not installed
     * @throws HeapTooSmallException     when the networks would not fit the heap (before they are allocated)
     */
    public static TrainingRun prepare(ResolvedConfig config, Map<String, GanFamily> families, DataContext data)
            throws IOException {
        return prepare(config, families, data, HeapBudget.Use.TRAINING);
    }

    /**
     * Opens the data and builds the system for {@code config}, to load a trained run's weights and
     * sample, evaluate or export it: each network is checked against the heap (its weights and the
     * EMA copy) before it is allocated.
     *
     * @throws HeapTooSmallException when the networks would not fit the heap (before they are allocated)
     */
    public static TrainingRun prepareForSampling(ResolvedConfig config, Map<String, GanFamily> families,
                                                 DataContext data) throws IOException {
        return prepare(config, families, data, HeapBudget.Use.SAMPLING);
    }

    private static TrainingRun prepare(ResolvedConfig config, Map<String, GanFamily> families, DataContext data,
                                       HeapBudget.Use use) throws IOException {
        GanFamily family = families.get(config.familyId());
        if (family == null) {
            throw new IllegalArgumentException("The config names the family \"" + config.familyId()
                    + "\", which is not installed; installed families: " + String.join(", ", families.keySet()) + ".");
        }
        Dataset dataset = config.config().data().open(data);
        RunSeeds seeds = RunSeeds.of(config.config().training().seed());
        // each network's size is checked against what the heap has left before it is allocated
        HeapBudget heap = HeapBudget.ofThisJvm(use, config.config().training());
        GanSystem system = family.build(config.config().family(),
                new BuildContext(dataset.spec(), seeds.initialisation(), config.networkTypes(), heap));
        return new TrainingRun(config, family, dataset, seeds, system);
    }

    /**
     * A trainer for this run.
     *
     * @param directory where the run writes its files, or null to write nothing
     * @param listeners the listeners (ignored without a directory, except those that need none)
     */
    public AlternatingTrainer trainer(RunDirectory directory, List<? extends TrainingListener> listeners) {
        return trainer(directory, listeners, DataContext.standard(null));
    }

    /**
     * A trainer for this run whose listeners find data files (an evaluation's reference data)
     * through {@code data}.
     *
     * @param directory where the run writes its files, or null to write nothing
     * @param listeners the listeners (ignored without a directory, except those that need none)
     */
    public AlternatingTrainer trainer(RunDirectory directory, List<? extends TrainingListener> listeners,
                                      DataContext data) {
        RunProvenance provenance = RunProvenance.of(config, dataset.description(), dataset.files(), 0);
        RunProvenanceJson json = new RunProvenanceJson();
        RunExtensions extensions = directory == null ? RunExtensions.none() : directory.extensions();
        TrainingConfig training = config.config().training();
        AlternatingTrainer.Builder builder = AlternatingTrainer.builder()
                .setSystem(system)
                .setDataset(dataset)
                .setTraining(training.withSteps(extensions.steps(training.steps())))
                .optSeeds(seeds)
                .optConfig(config.canonicalJson())
                .optProvenance(step -> extensions.provenanceJson(json, provenance.atStep(step)))
                .optRunConfig(config.config())
                .optDataContext(data)
                .optListeners(listeners);
        if (directory != null) {
            builder.optRunDirectory(directory);
        }
        return builder.build();
    }
}
