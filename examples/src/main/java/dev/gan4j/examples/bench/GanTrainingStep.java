package dev.gan4j.examples.bench;

import dev.gan4j.core.autograd.OpProfile;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * The training iteration of {@code torch_gan_bench.py} (mlp, dcgan): one discriminator update on a
 * real and a fake batch, then one generator update that reuses the same fake batch. Batch 64, Adam
 * lr 2e-4, betas (0.5, 0.999), BCE-with-logits loss; the real batch is fixed uniform noise in
 * [-1, 1], as in the script.
 */
final class GanTrainingStep implements TrainingStep {
    private static final int BATCH = 64;
    private static final int NOISE = 100;

    private final Layer generator;
    private final Layer discriminator;
    private final Optimizer optG;
    private final Optimizer optD;
    private final Tensor real;
    private final Rng noise;

    /** The networks of {@code model} from seed 0, split into generator, discriminator and noise streams. */
    GanTrainingStep(BenchmarkModel model) {
        Rng root = new Rng(0);
        this.generator = model.generator(root.split());
        this.discriminator = model.discriminator(root.split());
        this.noise = root.split();
        this.optG = adam(generator);
        this.optD = adam(discriminator);
        this.real = Tensor.uniform(noise, -1f, 1f, model.realShape());
    }

    private static Optimizer adam(Layer layer) {
        return Adam.builder().setParameters(layer.parameters()).setLearningRate(2e-4).optBeta1(0.5).optBeta2(0.999).build();
    }

    @Override
    public void run() {
        Tensor fake = generator.forward(Tensor.randn(noise, BATCH, NOISE));
        optD.zeroGrad();
        Losses.bceWithLogits(discriminator.forward(real), 1f)
                .add(Losses.bceWithLogits(discriminator.forward(fake.detach()), 0f))
                .backward();
        try (GradMode.Scope ignored = OpProfile.section("adam step")) {
            optD.step();
        }
        optG.zeroGrad();
        Losses.bceWithLogits(discriminator.forward(fake), 1f).backward();
        try (GradMode.Scope ignored = OpProfile.section("adam step")) {
            optG.step();
        }
    }
}
