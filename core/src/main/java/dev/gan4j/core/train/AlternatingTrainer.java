package dev.gan4j.core.train;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.checkpoint.CheckpointStore;
import dev.gan4j.core.config.RunConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.data.BatchStream;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Trains any {@link GanSystem}: for each iteration, each phase in order, repeated as the phase
 * says: zero the phase's gradients, draw a batch, compute its loss, backpropagate, clip, set the
 * scheduled learning rate, step the phase's own optimiser (from
 * {@link TrainingConfig#optimizerFor(String)}), and update the moving average of the sampled
 * network after each step of the phase that trains it. Objective-specific work (weight clipping,
 * penalties) happens inside the family's phases. A {@link GradientSource} given to the builder
 * supplies each step's gradients instead (synchronous data-parallel training); the rest of the step
 * stays the trainer's.
 *
 * <p>Randomness comes from {@link RunSeeds}: the caller builds the system from
 * {@link RunSeeds#initialisation()}; the trainer draws the data order and the training noise from
 * the next two splits. With a {@link RunDirectory}, the trainer writes a checkpoint every
 * {@code checkpointEvery} steps and when a session ends, and {@link #resumeFromLatest()}
 * continues a run exactly: same seed, same thread count, same bits as a run never interrupted.
 * After each iteration the listeners hear {@code onStepEnd}, then {@code onSampleTime} on sample
 * steps, then {@code onCheckpointWritten}; a listener that throws (the NaN guard) stops the run
 * before that step is checkpointed.
 *
 * <p>Not thread-safe: one thread trains.
 */
public final class AlternatingTrainer {
    private final GanSystem system;
    private final Dataset dataset;
    private final TrainingConfig training;
    private final RunSeeds seeds;
    private final RunDirectory runDirectory;
    private final String config;
    private final LongFunction<String> provenance;
    private final RunConfig runConfig;
    private final DataContext dataContext;
    private final List<TrainingListener> listeners;
    private final GradientSource gradientSource;
    private final List<OptimisedPhase> phases = new ArrayList<>();
    private final SampledNetworkAverage average;
    private final Layer sampledNetwork;
    private final BatchStream stream;
    private Rng noise;
    private long step;
    private Path resumedFrom;

    private AlternatingTrainer(Builder b) {
        this.system = b.system;
        this.dataset = b.dataset;
        this.training = b.training;
        this.seeds = b.seeds != null ? b.seeds : RunSeeds.of(training.seed());
        this.runDirectory = b.runDirectory;
        this.config = runDirectory != null ? runDirectory.config() : b.config;
        this.provenance = b.provenance;
        this.runConfig = b.runConfig;
        this.dataContext = b.dataContext;
        this.listeners = List.copyOf(b.listeners);
        this.gradientSource = b.gradientSource;
        this.sampledNetwork = system.networks().get(system.sampledNetwork());
        if (sampledNetwork == null) {
            throw new IllegalArgumentException("The system samples from the network \"" + system.sampledNetwork()
                    + "\", but its networks are " + system.networks().keySet() + "; the family must name one of them.");
        }
        this.average = training.emaDecay() > 0
                ? new SampledNetworkAverage(system, training.emaDecay()) : null;
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Phase phase : system.phases()) {
            if (!names.add(phase.name())) {
                throw new IllegalArgumentException("The system has two phases named \"" + phase.name() + "\"; "
                        + "optimisers and checkpoints are keyed by phase name, so the family must name them apart.");
            }
            phases.add(new OptimisedPhase(phase, SystemParameters.updatedBy(system, phase),
                    training.optimizerFor(phase.name()), training.schedule(), training.steps(), average,
                    otherPhasesParameters(system, phase)));
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("The system has no phases, so there is nothing to train.");
        }
        for (String configured : training.optimizers().keySet()) {
            if (!names.contains(configured)) {
                throw new IllegalArgumentException("training.optimizers has an entry \"" + configured + "\", but the "
                        + "system has no phase of that name; its phases are " + List.copyOf(names) + ".");
            }
        }
        NetworkTensors.named(system); // fails now, not at the first checkpoint, when two tensors share a name
        this.stream = dataset.batches(training.batchSize(), seeds.dataOrder());
        this.noise = seeds.noise();
    }

    /** A builder; the system, the dataset and the training settings are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tensors the other phases train and {@code phase} does not: frozen while {@code phase} runs. */
    private static List<Tensor> otherPhasesParameters(GanSystem system, Phase phase) {
        Set<Tensor> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        SystemParameters.updatedBy(system, phase).forEach(p -> own.add(p.tensor()));
        Set<Tensor> others = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Phase other : system.phases()) {
            SystemParameters.updatedBy(system, other).stream().map(p -> p.tensor()).filter(t -> !own.contains(t))
                    .forEach(others::add);
        }
        return List.copyOf(others);
    }

    /** The iterations completed so far. */
    public long step() {
        return step;
    }

    /** The system being trained. */
    public GanSystem system() {
        return system;
    }

    /** The run's random generators. */
    public RunSeeds seeds() {
        return seeds;
    }

    /** The run directory, when the run writes files. */
    public Optional<RunDirectory> runDirectory() {
        return Optional.ofNullable(runDirectory);
    }

    /** Trains until {@code training.steps} iterations are done. */
    public void train() {
        trainUntil(training.steps());
    }

    /**
     * Trains until {@code targetStep} iterations are done (at most {@code training.steps}, since
     * the learning-rate schedules are laid out over that many), then writes a checkpoint when
     * the run has a directory. Listeners hear the whole session.
     *
     * @throws RuntimeException whatever stopped the run (a guard's message says why), after every
     *                          listener has heard {@code onFailure}
     */
    public void trainUntil(long targetStep) {
        if (targetStep < step || targetStep > training.steps()) {
            throw new IllegalArgumentException("The target step " + targetStep + " must lie between the current "
                    + "step " + step + " and training.steps (" + training.steps() + "); raise training.steps to "
                    + "train longer.");
        }
        TrainingStart start = new TrainingStart(step, targetStep, training, system, dataset, seeds,
                runDirectory(), Optional.ofNullable(resumedFrom), Optional.ofNullable(runConfig), dataContext, provenance);
        long started = System.nanoTime();
        try {
            listeners.forEach(l -> l.onStart(start));
            for (Layer network : system.networks().values()) {
                network.train(true);
            }
            while (step < targetStep) {
                Map<String, PhaseReport> reports = new LinkedHashMap<>();
                for (OptimisedPhase phase : phases) {
                    reports.put(phase.name(), phase.run(step, stream, noise, gradientSource, average));
                }
                step++;
                StepReport report = new StepReport(step, targetStep, (System.nanoTime() - started) / 1e9,
                        Instant.now(), reports);
                listeners.forEach(l -> l.onStepEnd(report));
                boolean last = step == targetStep;
                if (step % training.sampleEvery() == 0 || last) {
                    SampleRequest request = sampleRequest(step);
                    listeners.forEach(l -> l.onSampleTime(request));
                }
                if (runDirectory != null && (step % training.checkpointEvery() == 0 || last)) {
                    Path file = writeCheckpoint();
                    long written = step;
                    listeners.forEach(l -> l.onCheckpointWritten(written, file));
                }
            }
            long finished = step;
            listeners.forEach(l -> l.onEnd(finished));
        } catch (RuntimeException | Error e) {
            for (TrainingListener l : listeners) {
                try {
                    l.onFailure(step, e);
                } catch (RuntimeException second) {
                    e.addSuppressed(second);
                }
            }
            throw e;
        }
    }

    /**
     * The first half of one step of {@code phase}, on this machine and without stepping: zeroes the
     * phase's gradients, computes its loss on {@code batch} with {@code noise} (the other phases'
     * parameters frozen) and backpropagates. The gradients are left in the returned parameters; the
     * weights, optimiser states, data stream and the run's noise generator are unchanged. A worker of
     * synchronous data-parallel training computes its part of a step so.
     *
     * @throws IllegalArgumentException naming the phases when the system has no phase {@code phase}
     */
    public PhaseGradients gradients(String phase, Batch batch, Rng noise) {
        for (OptimisedPhase p : phases) {
            if (p.name().equals(phase)) {
                return p.gradients(batch, noise);
            }
        }
        throw new IllegalArgumentException("The system has no phase \"" + phase + "\"; its phases are "
                + phases.stream().map(OptimisedPhase::name).toList() + ".");
    }

    /**
     * Continues from the newest checkpoint in the run directory, if there is one. Temporary files
     * left by a write that a killed process never finished are removed first.
     *
     * @return the checkpoint resumed from; empty when the run has none yet (training starts at 0)
     * @throws dev.gan4j.core.checkpoint.CorruptCheckpointException when the newest checkpoint is
     *                                                               corrupt (naming an intact earlier one)
     * @throws IllegalArgumentException when it does not fit this system or config, naming what differs
     */
    public Optional<Path> resumeFromLatest() throws IOException {
        if (runDirectory == null) {
            throw new IllegalStateException("This trainer has no run directory, so there are no checkpoints to "
                    + "resume from; give one with optRunDirectory(...) on the builder.");
        }
        CheckpointStore store = runDirectory.checkpoints();
        store.removeLeftovers();
        Optional<Path> latest = store.latest();
        if (latest.isPresent()) {
            restore(store.read(latest.get()), "The checkpoint " + latest.get());
            resumedFrom = latest.get();
        }
        return latest;
    }

    /**
     * A copy of the whole training state: weights, buffers, optimiser states, the moving average,
     * the noise generator, the data position, the step, the config and the provenance.
     */
    public Checkpoint checkpoint() {
        Map<String, Map<String, float[]>> optimizers = new LinkedHashMap<>();
        for (OptimisedPhase phase : phases) {
            optimizers.put(phase.name(), phase.optimizer().state());
        }
        return new Checkpoint(step, NetworkTensors.capture(system), optimizers,
                average == null ? Map.of() : average.state(), Map.of(CheckpointFit.NOISE, noise.state()), stream.state(),
                config, provenance.apply(step));
    }

    /**
     * Restores a state from {@link #checkpoint()} of a trainer over the same config and system.
     * Names and shapes are checked before any tensor is written; an optimiser or data-stream
     * state that does not fit fails with a sentence, after which this trainer must be discarded.
     *
     * @param source what the checkpoint is, for messages ("The checkpoint runs/a/step-000500.ckpt")
     */
    public void restore(Checkpoint checkpoint, String source) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        CheckpointFit.require(checkpoint, source, config, training,
                phases.stream().map(OptimisedPhase::name).toList(), average != null);
        NetworkTensors.restore(system, checkpoint.tensors(), source);
        for (OptimisedPhase phase : phases) {
            try {
                phase.optimizer().restore(checkpoint.optimizerStates().get(phase.name()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " does not fit the optimiser of phase \"" + phase.name()
                        + "\": " + e.getMessage(), e);
            }
        }
        if (average != null) {
            average.restore(checkpoint.averageState());
        }
        try {
            stream.restore(checkpoint.dataState());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " holds a data position that does not fit this dataset: "
                    + e.getMessage(), e);
        }
        noise = Rng.fromState(checkpoint.randomStates().get(CheckpointFit.NOISE));
        step = checkpoint.step();
    }

    /**
     * Samples for the given noise, from the moving average when the run keeps one, in evaluation
     * mode and without a graph; training state is unchanged.
     */
    public Tensor sample(Tensor noise) {
        if (average == null) {
            return TrainedSampler.sampleOnce(system, sampledNetwork, noise);
        }
        return average.withAverages(() -> TrainedSampler.sampleOnce(system, sampledNetwork, noise));
    }

    /** {@code n} samples for noise drawn from {@code rng}, in batches of {@link TrainedSampler#BATCH}. */
    public Tensor sample(int n, Rng rng) {
        return TrainedSampler.inBatches(system, n, rng, this::sample);
    }

    private SampleRequest sampleRequest(long at) {
        return new SampleRequest() {
            @Override
            public long step() {
                return at;
            }

            @Override
            public Tensor sample(Tensor noise) {
                return AlternatingTrainer.this.sample(noise);
            }
        };
    }

    private Path writeCheckpoint() {
        CheckpointStore store = runDirectory.checkpoints();
        try {
            return store.write(checkpoint());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the checkpoint of step " + step + " to " + store.fileFor(step)
                    + " failed: " + e.getMessage(), e);
        }
    }

    /** Builds an {@link AlternatingTrainer}; required settings are {@code setX}, optional ones {@code optX}. */
    public static final class Builder {
        private GanSystem system;
        private Dataset dataset;
        private TrainingConfig training;
        private RunSeeds seeds;
        private RunDirectory runDirectory;
        private String config = "";
        private LongFunction<String> provenance = step -> "{}";
        private RunConfig runConfig;
        private DataContext dataContext = DataContext.standard(null);
        private final List<TrainingListener> listeners = new ArrayList<>();
        private GradientSource gradientSource;

        private Builder() {
        }

        /** Required: the system to train, built from {@link RunSeeds#initialisation()} of the run's seeds. */
        public Builder setSystem(GanSystem system) {
            this.system = system;
            return this;
        }

        /** Required: the training data. */
        public Builder setDataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Required: the loop's settings. */
        public Builder setTraining(TrainingConfig training) {
            this.training = training;
            return this;
        }

        /** Optional: the run's generators; by default {@code RunSeeds.of(training.seed())}. */
        public Builder optSeeds(RunSeeds seeds) {
            this.seeds = seeds;
            return this;
        }

        /** Optional: where the run writes its files and checkpoints; none by default (no files). */
        public Builder optRunDirectory(RunDirectory runDirectory) {
            this.runDirectory = runDirectory;
            return this;
        }

        /**
         * Optional: the run's canonical config JSON, stored in checkpoints and checked on restore.
         * A run directory's config is used when one is given.
         */
        public Builder optConfig(String canonicalConfig) {
            this.config = Objects.requireNonNull(canonicalConfig, "canonicalConfig");
            return this;
        }

        /** Optional: the provenance JSON of the run at a given step, stored in each checkpoint; "{}" by default. */
        public Builder optProvenance(LongFunction<String> provenanceAtStep) {
            this.provenance = Objects.requireNonNull(provenanceAtStep, "provenanceAtStep");
            return this;
        }

        /** Optional: the whole run config, which listeners read (the evaluation settings); none by default. */
        public Builder optRunConfig(RunConfig config) {
            this.runConfig = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Optional: where listeners find data files (reference data); the standard locations by default. */
        public Builder optDataContext(DataContext context) {
            this.dataContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /** Optional: listeners, called in the order given. */
        public Builder optListeners(List<? extends TrainingListener> listeners) {
            this.listeners.addAll(listeners);
            return this;
        }

        /**
         * Optional: where each optimiser step's gradients come from (synchronous data-parallel
         * training); computed on this machine by default. Everything else about a step (clipping,
         * schedule, optimiser, afterStep, moving average) stays the trainer's.
         */
        public Builder optGradientSource(GradientSource source) {
            this.gradientSource = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Checks the settings, builds each phase's optimiser and opens the data stream. */
        public AlternatingTrainer build() {
            if (system == null) {
                throw new IllegalStateException("The trainer needs a system: call setSystem(family.build(config, "
                        + "dataset.spec(), seeds.initialisation())) on the builder before build().");
            }
            if (dataset == null) {
                throw new IllegalStateException("The trainer needs training data: call setDataset(...) on the "
                        + "builder before build().");
            }
            if (training == null) {
                throw new IllegalStateException("The trainer needs the training settings: call "
                        + "setTraining(runConfig.training()) on the builder before build().");
            }
            if (runDirectory != null && !config.isEmpty() && !config.strip().equals(runDirectory.config())) {
                throw new IllegalStateException("The config given with optConfig differs from the one in "
                        + runDirectory.configFile() + "; give only the run directory, or the same config.");
            }
            return new AlternatingTrainer(this);
        }
    }
}
