package dev.gan4j.examples.bench;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * Times the training iteration of {@code torch_gan_bench.py}: one discriminator update on a real
 * and a fake batch, then one generator update that reuses the same fake batch. Batch 64, Adam
 * lr 2e-4, betas (0.5, 0.999), BCE-with-logits loss; the real batch is fixed uniform noise in
 * [-1, 1], as in the script.
 */
public final class TrainingIterationBenchmark {
    private static final int BATCH = 64;
    private static final int NOISE = 100;

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
            Rng root = new Rng(0);
            Layer generator = model.generator(root.split());
            Layer discriminator = model.discriminator(root.split());
            Rng noise = root.split();
            Optimizer optG = adam(generator);
            Optimizer optD = adam(discriminator);
            Tensor real = Tensor.uniform(noise, -1f, 1f, model.realShape());
            for (int i = 0; i < warmup; i++) {
                iteration(generator, discriminator, optG, optD, real, noise);
            }
            double[] millis = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                iteration(generator, discriminator, optG, optD, real, noise);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            return new IterationTimings(millis);
        }
    }

    private static Optimizer adam(Layer layer) {
        return Adam.builder().setParameters(layer.parameters()).setLearningRate(2e-4).optBeta1(0.5).optBeta2(0.999).build();
    }

    private static void iteration(Layer g, Layer d, Optimizer optG, Optimizer optD, Tensor real, Rng noise) {
        Tensor fake = g.forward(Tensor.randn(noise, BATCH, NOISE));
        optD.zeroGrad();
        Losses.bceWithLogits(d.forward(real), 1f)
                .add(Losses.bceWithLogits(d.forward(fake.detach()), 0f))
                .backward();
        optD.step();
        optG.zeroGrad();
        Losses.bceWithLogits(d.forward(fake), 1f).backward();
        optG.step();
    }
}
