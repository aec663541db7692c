package dev.gan4j.models.cycle;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generators' loss of DiscoGAN: for each direction (G: A → B judged by D_B, reconstructed to
 * A by F, and the other way),
 *
 * <pre>
 *   (1 − r)·((1 − f)·gan(D_B(G(a))) + f·fm(D_B; b, G(a))) + r·mse(F(G(a)), a)
 * </pre>
 *
 * where gan is the objective's generator loss, fm the feature matching (the squared difference of
 * the batch means of each hidden leaky-relu output of the discriminator, real against translated,
 * averaged and summed over layers), f the feature-matching share, and r the reconstruction weight
 * of the curriculum (small for the first steps, larger after); the reconstruction is
 * {@link CycleReconstruction} under the mean squared error. Metrics: {@code g_gan}, {@code fm},
 * {@code recon_A}, {@code recon_B}, {@code recon_weight}.
 */
final class DiscoGanGeneratorLoss implements LossPhase.Loss {
    private final CycleNetworks nets;
    private final Objective objective;
    private final DiscoGanConfig config;
    private final IterationCounter counter;

    private DiscoGanGeneratorLoss(CycleNetworks nets, Objective objective, DiscoGanConfig config,
                                  IterationCounter counter) {
        this.nets = nets;
        this.objective = objective;
        this.config = config;
        this.counter = counter;
        for (Discriminator d : new Discriminator[] {nets.criticA(), nets.criticB()}) {
            if (!(d.network() instanceof Sequential)) {
                throw new IllegalArgumentException("The discogan family matches the features of its discriminators' "
                        + "hidden layers, so their network must be a Sequential (the dcgan, patchgan and mlp types "
                        + "build one), but it is a " + d.network().getClass().getSimpleName() + ".");
            }
        }
    }

    /**
     * The phase that trains both generators on this loss, once per iteration, advancing the
     * curriculum by one step after each of its optimiser steps.
     *
     * @throws IllegalArgumentException when a discriminator's network is no {@link Sequential}
     */
    static LossPhase phase(CycleNetworks nets, Objective objective, DiscoGanConfig config, IterationCounter counter) {
        return LossPhase.of(CycleGeneratorLoss.NAME, CycleGeneratorLoss.generators(nets),
                new DiscoGanGeneratorLoss(nets, objective, config, counter)).withAfterStep(counter::increment);
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        Tensor realA = batch.domain(nets.a()).inputs();
        Tensor realB = batch.domain(nets.b()).inputs();
        float r = (float) config.reconstructionWeightAt(counter.steps());
        float f = config.featureMatching().floatValue();
        Tensor fakeB = nets.aToB().translate(realA);
        Tensor fakeA = nets.bToA().translate(realB);
        CycleReconstruction recon = CycleReconstruction.of(nets, realA, realB, fakeB, fakeA, Losses::mse);
        Tensor reconA = recon.a();
        Tensor reconB = recon.b();
        Judged towardsB = judge(nets.criticB(), realB, fakeB);
        Judged towardsA = judge(nets.criticA(), realA, fakeA);
        Tensor adversarialB = towardsB.gan.mul(1 - f).add(towardsB.featureMatching.mul(f));
        Tensor adversarialA = towardsA.gan.mul(1 - f).add(towardsA.featureMatching.mul(f));
        Tensor loss = adversarialB.mul(1 - r).add(reconA.mul(r)).add(adversarialA.mul(1 - r).add(reconB.mul(r)));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("g_gan", (double) (towardsA.gan.item() + towardsB.gan.item()));
        metrics.put("fm", (double) (towardsA.featureMatching.item() + towardsB.featureMatching.item()));
        metrics.put("recon_" + nets.a(), (double) reconA.item());
        metrics.put("recon_" + nets.b(), (double) reconB.item());
        metrics.put("recon_weight", (double) r);
        return new PhaseLoss(loss, metrics);
    }

    private record Judged(Tensor gan, Tensor featureMatching) {
    }

    /** The GAN loss of {@code fake} under {@code critic}, and the feature matching of fake against real. */
    private Judged judge(Discriminator critic, Tensor real, Tensor fake) {
        List<Tensor> realFeatures;
        // the real images' features carry no generator gradient
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            realFeatures = new ArrayList<>();
            runCollecting(critic, real, realFeatures);
        }
        List<Tensor> fakeFeatures = new ArrayList<>();
        Tensor scores = runCollecting(critic, fake, fakeFeatures);
        Tensor matching = Tensor.zeros(1).sum();
        for (int i = 0; i < fakeFeatures.size(); i++) {
            Tensor difference = fakeFeatures.get(i).mean(new int[] {0}, false)
                    .sub(realFeatures.get(i).mean(new int[] {0}, false));
            matching = matching.add(difference.square().mean());
        }
        return new Judged(objective.generatorLoss(scores), matching);
    }

    /** Runs the critic layer by layer, collecting each leaky-relu output; returns the scores. */
    private static Tensor runCollecting(Discriminator critic, Tensor x, List<Tensor> features) {
        Tensor value = x;
        for (Layer layer : ((Sequential) critic.network()).layers()) {
            value = layer.forward(value);
            if (layer instanceof LeakyReLU) {
                features.add(value);
            }
        }
        return value;
    }
}
