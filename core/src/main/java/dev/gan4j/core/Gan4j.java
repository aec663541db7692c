package dev.gan4j.core;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.config.RunConfig;
import dev.gan4j.core.data.DataContext;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.TypeLiteral;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.inject.Gan4jCoreModule;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The way in for applications that embed gan4j: train a model and sample from it in a few
 * lines, with no command line and no files unless asked.
 *
 * <pre>{@code
 * Gan4j gan4j = Gan4j.discover();
 * Gan4j.Model model = gan4j.train(gan4j.config("""
 *     {"family": {"type": "gan"}, "data": {"type": "ring8"}, "training": {"steps": 2000}}"""));
 * Tensor samples = model.sample(500, 42);
 * }</pre>
 *
 * <p>Families are found once, when {@link #discover()} runs; a Gan4j is immutable and may be shared.
 */
public final class Gan4j {
    private final FamilyDiscovery discovery;
    private final ConfigLoader configs;
    private final Provider<Set<TrainingListener>> listeners;

    private Gan4j(FamilyDiscovery discovery) {
        this.discovery = discovery;
        this.configs = discovery.configLoader(List.of());
        // The standard listeners as Gan4jCoreModule defines them (the one definition), fresh per run.
        this.listeners = Guice.createInjector(new Gan4jCoreModule(discovery))
                .getProvider(Key.get(new TypeLiteral<Set<TrainingListener>>() { }));
    }

    /** Finds the families and network types on the classpath. */
    public static Gan4j discover() {
        return new Gan4j(FamilyDiscovery.scanClasspath());
    }

    /**
     * What a family's build receives for data like {@code data}, with the network types found by
     * {@link #discover()}: to build a family's system by hand ({@code family.build(config, context)}).
     */
    public BuildContext buildContext(DataSpec data, Rng initRng) {
        return discovery.buildContext(data, initRng);
    }

    /** Reads a run config from JSON text, checking it as {@code gan4j train} would. */
    public ResolvedConfig config(String json) {
        return configs.parse(json, "the embedded config", ConfigOverrides.none());
    }

    /** Reads a run config file. */
    public ResolvedConfig config(Path file) {
        return configs.load(file);
    }

    /** Resolves a config built in Java (defaults applied, canonical form computed). */
    public ResolvedConfig config(RunConfig config) {
        return configs.resolve(config);
    }

    /** Trains in memory: nothing is written. Data files are looked for in $GAN4J_DATA and the system location. */
    public Model train(ResolvedConfig config) throws IOException {
        TrainingRun run = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null));
        AlternatingTrainer trainer = run.trainer(null, List.of());
        trainer.train();
        return new Model(run, trainer);
    }

    /**
     * Trains into a run directory, with the standard listeners (metrics, sample grids, evaluation,
     * report, NaN guard; none of them prints) and checkpoints; continues the run if the directory
     * already holds it.
     */
    public Model train(ResolvedConfig config, Path runDirectory) throws IOException {
        // the data and the networks (and whether they fit the heap) are checked before the directory is made
        TrainingRun run = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null));
        RunDirectory directory = RunDirectory.create(runDirectory, config.canonicalJson());
        AlternatingTrainer trainer = run.trainer(directory, List.copyOf(listeners.get()));
        trainer.resumeFromLatest();
        trainer.train();
        return new Model(run, trainer);
    }

    /** A trained model: its run and its trainer, ready to sample. */
    public static final class Model {
        private final TrainingRun run;
        private final AlternatingTrainer trainer;

        private Model(TrainingRun run, AlternatingTrainer trainer) {
            this.run = run;
            this.trainer = trainer;
        }

        /** {@code n} samples for noise seeded by {@code seed} (EMA weights when the run kept them). */
        public Tensor sample(int n, long seed) {
            return trainer.sample(n, new Rng(seed));
        }

        /** The run: config, family, dataset and system (its networks for export or inspection). */
        public TrainingRun run() {
            return run;
        }

        /** The trainer, to train further ({@code trainUntil}) or take a checkpoint. */
        public AlternatingTrainer trainer() {
            return trainer;
        }
    }
}
