package dev.gan4j.examples.bench;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;

/**
 * Times the training iteration of a {@link BenchmarkModel} (see {@link TrainingStep}) on one
 * kernel backend: untimed warm-up iterations ({@link WarmUp}), then timed ones.
 */
public final class TrainingIterationBenchmark {
    private final BenchmarkModel model;
    private final KernelBackend backend;

    /** A benchmark of {@code model} whose heavy ops run on {@code backend}. */
    public TrainingIterationBenchmark(BenchmarkModel model, KernelBackend backend) {
        this.model = model;
        this.backend = backend;
    }

    /** Runs the untimed iterations of {@code warmUp}, then times {@code iterations}. */
    public IterationTimings run(WarmUp warmUp, int iterations) {
        try (Kernels.Scope ignored = Kernels.use(backend)) {
            TrainingStep step = model.newTrainingStep();
            return IterationTimings.measure(step::run, warmUp, iterations);
        }
    }
}
