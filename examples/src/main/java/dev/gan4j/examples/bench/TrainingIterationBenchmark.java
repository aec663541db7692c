package dev.gan4j.examples.bench;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;

/**
 * Times the training iteration of a {@link BenchmarkModel} (see {@link TrainingStep}) on one
 * kernel backend: untimed warm-up iterations, then timed ones.
 */
public final class TrainingIterationBenchmark {
    private final BenchmarkModel model;
    private final KernelBackend backend;

    /** A benchmark of {@code model} whose heavy ops run on {@code backend}. */
    public TrainingIterationBenchmark(BenchmarkModel model, KernelBackend backend) {
        this.model = model;
        this.backend = backend;
    }

    /** Runs {@code warmup} untimed iterations, then times {@code iterations}. */
    public IterationTimings run(int warmup, int iterations) {
        try (Kernels.Scope ignored = Kernels.use(backend)) {
            TrainingStep step = model.newTrainingStep();
            for (int i = 0; i < warmup; i++) {
                step.run();
            }
            double[] millis = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                step.run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            return new IterationTimings(millis);
        }
    }
}
