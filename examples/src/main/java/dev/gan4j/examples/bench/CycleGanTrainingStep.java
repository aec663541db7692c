package dev.gan4j.examples.bench;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.autograd.OpProfile;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The training iteration of {@code torch_cyclegan_bench.py}: the generators G_AB and G_BA update
 * on the least-squares GAN loss, the cycle L1 loss (λ 10) and the identity L1 loss (λ/2), with both
 * discriminators frozen; then D_A and D_B update on real against fake (detached), each loss halved.
 * Batch 4 of each domain (fixed uniform noise in [-1, 1]), Adam lr 2e-4, betas (0.5, 0.999); no
 * image pool, as in the script.
 */
final class CycleGanTrainingStep implements TrainingStep {
    private static final int BATCH = 4;
    private static final float LAMBDA = 10f;

    private final Layer gAB;
    private final Layer gBA;
    private final Layer dA;
    private final Layer dB;
    private final List<Parameter> discriminatorParameters;
    private final Optimizer optG;
    private final Optimizer optD;
    private final Tensor realA;
    private final Tensor realB;

    /** The four networks from seed 0, in the script's order. */
    CycleGanTrainingStep() {
        Rng root = new Rng(0);
        this.gAB = CycleGanNetworks.generator(root.split());
        this.gBA = CycleGanNetworks.generator(root.split());
        this.dA = CycleGanNetworks.discriminator(root.split());
        this.dB = CycleGanNetworks.discriminator(root.split());
        Rng data = root.split();
        this.realA = Tensor.uniform(data, -1f, 1f, BATCH, 1, 28, 28);
        this.realB = Tensor.uniform(data, -1f, 1f, BATCH, 1, 28, 28);
        this.optG = adam(joined("g_ab", gAB, "g_ba", gBA));
        this.discriminatorParameters = joined("d_a", dA, "d_b", dB);
        this.optD = adam(discriminatorParameters);
    }

    private static List<Parameter> joined(String firstName, Layer first, String secondName, Layer second) {
        List<Parameter> all = new ArrayList<>(Parameter.prefixAll(firstName, first.parameters()));
        all.addAll(Parameter.prefixAll(secondName, second.parameters()));
        return all;
    }

    private static Optimizer adam(List<Parameter> parameters) {
        return Adam.builder().setParameters(parameters).setLearningRate(2e-4).optBeta1(0.5).optBeta2(0.999).build();
    }

    @Override
    public void run() {
        Tensor fakeB = gAB.forward(realA);
        Tensor fakeA = gBA.forward(realB);
        freezeDiscriminators(true);
        optG.zeroGrad();
        Tensor sb = dB.forward(fakeB);
        Tensor sa = dA.forward(fakeA);
        Tensor lossG = Losses.mse(sb, ones(sb)).add(Losses.mse(sa, ones(sa)))
                .add(Losses.l1(gBA.forward(fakeB), realA).add(Losses.l1(gAB.forward(fakeA), realB)).mul(LAMBDA))
                .add(Losses.l1(gAB.forward(realB), realB).add(Losses.l1(gBA.forward(realA), realA)).mul(0.5f * LAMBDA));
        lossG.backward();
        try (GradMode.Scope ignored = OpProfile.section("adam step")) {
            optG.step();
        }
        freezeDiscriminators(false);
        optD.zeroGrad();
        Tensor lossD = discriminatorLoss(dA, realA, fakeA).add(discriminatorLoss(dB, realB, fakeB));
        lossD.backward();
        try (GradMode.Scope ignored = OpProfile.section("adam step")) {
            optD.step();
        }
    }

    private static Tensor discriminatorLoss(Layer d, Tensor real, Tensor fake) {
        Tensor sr = d.forward(real);
        Tensor sf = d.forward(fake.detach());
        return Losses.mse(sr, ones(sr)).add(Losses.mse(sf, Tensor.zeros(sf.shape()))).mul(0.5f);
    }

    private static Tensor ones(Tensor like) {
        return Tensor.full(1f, like.dims());
    }

    private void freezeDiscriminators(boolean frozen) {
        for (Parameter p : discriminatorParameters) {
            p.tensor().requiresGrad(!frozen);
        }
    }
}
