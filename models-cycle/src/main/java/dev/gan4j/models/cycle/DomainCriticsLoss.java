package dev.gan4j.models.cycle;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Penalty;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.ImagePool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discriminators' loss of a two-domain translation: each domain's discriminator scores that
 * domain's real batch against the other generator's translations (made now, without a graph, and
 * passed through the domain's image pool when there is one), and the phase minimises the sum of
 * the objective's two discriminator losses times {@code scale} (½ in CycleGAN, which slows the
 * discriminators against the generators), plus the penalty of each. Metrics: {@code d_loss_A},
 * {@code d_loss_B}, {@code d_real}, {@code d_fake} (mean raw scores), and the penalty under its name.
 */
final class DomainCriticsLoss implements LossPhase.Loss {
    /** The phase's name, which configs key the discriminators' optimiser by. */
    static final String NAME = "discriminator";

    private final CycleNetworks nets;
    private final Objective objective;
    private final Penalty penalty;
    private final float scale;
    private final ImagePool poolA;
    private final ImagePool poolB;

    /**
     * @param penalty may be null for none
     * @param poolA   the pool of F's translations for discriminator A, or null for none
     * @param poolB   the pool of G's translations for discriminator B, or null for none
     */
    private DomainCriticsLoss(CycleNetworks nets, Objective objective, Penalty penalty, double scale, ImagePool poolA,
                              ImagePool poolB) {
        this.nets = nets;
        this.objective = objective;
        this.penalty = penalty;
        this.scale = (float) scale;
        this.poolA = poolA;
        this.poolB = poolB;
    }

    /**
     * The phase {@value #NAME} that trains both discriminators on this loss {@code repeats} times
     * per iteration, clipping their weights after each step when the objective asks for it.
     *
     * @param penalty may be null for none
     * @param poolA   the pool of F's translations for discriminator A, or null for none
     * @param poolB   the pool of G's translations for discriminator B, or null for none
     */
    static LossPhase phase(CycleNetworks nets, Objective objective, Penalty penalty, double scale, ImagePool poolA,
                           ImagePool poolB, int repeats) {
        DomainCriticsLoss loss = new DomainCriticsLoss(nets, objective, penalty, scale, poolA, poolB);
        return LossPhase.of(NAME, List.of(CycleNetworks.criticName(nets.a()), CycleNetworks.criticName(nets.b())), loss)
                .withRepeats(repeats).withAfterStep(loss::clipCritics);
    }

    /** Draws the pools' swaps from {@code noise} (A's, then B's), then the penalty's coefficients. */
    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        Tensor realA = batch.domain(nets.a()).inputs();
        Tensor realB = batch.domain(nets.b()).inputs();
        Tensor fakeA;
        Tensor fakeB;
        // the generators get no gradient here, so their forward passes record no graph
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            fakeB = nets.aToB().translate(realA).detach();
            fakeA = nets.bToA().translate(realB).detach();
        }
        if (poolA != null) {
            fakeA = poolA.query(fakeA, noise);
        }
        if (poolB != null) {
            fakeB = poolB.query(fakeB, noise);
        }
        Tensor realScoresA = nets.criticA().score(realA);
        Tensor fakeScoresA = nets.criticA().score(fakeA);
        Tensor realScoresB = nets.criticB().score(realB);
        Tensor fakeScoresB = nets.criticB().score(fakeB);
        Tensor lossA = objective.discriminatorLoss(realScoresA, fakeScoresA);
        Tensor lossB = objective.discriminatorLoss(realScoresB, fakeScoresB);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("d_loss_" + nets.a(), (double) lossA.item());
        metrics.put("d_loss_" + nets.b(), (double) lossB.item());
        metrics.put("d_real", (mean(realScoresA) + mean(realScoresB)) / 2);
        metrics.put("d_fake", (mean(fakeScoresA) + mean(fakeScoresB)) / 2);
        Tensor loss = lossA.add(lossB).mul(scale);
        if (penalty != null) {
            Tensor value = penalty.compute(nets.criticA().network(), realA, fakeA, noise)
                    .add(penalty.compute(nets.criticB().network(), realB, fakeB, noise));
            metrics.put(penalty.name(), (double) value.item());
            loss = loss.add(value);
        }
        return new PhaseLoss(loss, metrics);
    }

    /** Clips the critics' weights when the objective asks for it (Wasserstein with a clip). */
    private void clipCritics() {
        List<Parameter> critics = new ArrayList<>(nets.criticA().network().parameters());
        critics.addAll(nets.criticB().network().parameters());
        objective.afterDiscriminatorStep(critics);
    }

    static double mean(Tensor t) {
        double sum = 0;
        for (float v : t.data()) {
            sum += v;
        }
        return sum / t.size();
    }
}
