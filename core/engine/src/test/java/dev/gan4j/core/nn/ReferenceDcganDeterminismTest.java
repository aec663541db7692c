package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same thread count: the reference DCGAN's weights after 50 optimiser steps are the
 * same bits, on the default (fastest available) backend with two threads.
 */
class ReferenceDcganDeterminismTest {
    private static final int STEPS = 50;
    private static final int BATCH = 8;

    @Test
    void fiftyDcganStepsOnTwoThreadsGiveBitwiseIdenticalWeights() {
        KernelBackend backend = Kernels.best(2);
        List<float[]> first = train(backend, 7, STEPS);
        List<float[]> second = train(backend, 7, STEPS);
        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            // isEqualTo compares the arrays in one pass (Arrays.equals: the same bits); containsExactly's element diff took
            // ~50-200 s on the 627,200 weights of the first layer, 25-100 times the training itself
            assertThat(second.get(i)).as("tensor %d on backend %s", i, backend.name()).isEqualTo(first.get(i));
        }
        assertThat(train(backend, 8, 1).get(0)).as("another seed gives other weights").isNotEqualTo(first.get(0));
    }

    private static List<float[]> train(KernelBackend backend, long seed, int steps) {
        try (Kernels.Scope ignored = Kernels.use(backend)) {
            Rng root = new Rng(seed);
            Sequential generator = ReferenceNetworks.dcganGenerator(root.split());
            Sequential discriminator = ReferenceNetworks.dcganDiscriminator(root.split());
            Rng noise = root.split();
            Optimizer optG = adam(generator);
            Optimizer optD = adam(discriminator);
            for (int step = 0; step < steps; step++) {
                Tensor real = Tensor.uniform(noise, -1f, 1f, BATCH, 1, 28, 28);
                Tensor fake = generator.forward(Tensor.randn(noise, BATCH, ReferenceNetworks.LATENT_SIZE));
                optD.zeroGrad();
                Losses.bceWithLogits(discriminator.forward(real), 1f)
                        .add(Losses.bceWithLogits(discriminator.forward(fake.detach()), 0f)).backward();
                optD.step();
                optG.zeroGrad();
                Losses.bceWithLogits(discriminator.forward(fake), 1f).backward();
                optG.step();
            }
            List<float[]> weights = new ArrayList<>();
            for (Layer network : List.of(generator, discriminator)) {
                network.parameters().forEach(p -> weights.add(p.tensor().toArray()));
                network.buffers().forEach(p -> weights.add(p.tensor().toArray()));
            }
            return weights;
        }
    }

    private static Optimizer adam(Layer network) {
        return Adam.builder().setParameters(network.parameters()).setLearningRate(2e-4).optBeta1(0.5).build();
    }
}
