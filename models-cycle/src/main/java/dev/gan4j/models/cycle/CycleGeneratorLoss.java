package dev.gan4j.models.cycle;

import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generators' loss of CycleGAN and DualGAN: both generators together minimise
 *
 * <pre>
 *   adv(D_B(G(a))) + adv(D_A(F(b)))                       fool each domain's discriminator
 *   + λ_A·|F(G(a)) − a|₁ + λ_B·|G(F(b)) − b|₁              cycle consistency (mean absolute error)
 *   + λ_idt·(λ_A·|F(a) − a|₁ + λ_B·|G(b) − b|₁)            identity (CycleGAN; when the shapes agree)
 * </pre>
 *
 * where adv is the objective's generator loss. Metrics: {@code g_adv}, {@code cycle_A},
 * {@code cycle_B} (the unweighted L1 errors) and {@code identity} (when on).
 */
final class CycleGeneratorLoss implements LossPhase.Loss {
    /** The generators' phase's name, which configs key the generators' optimiser by. */
    static final String NAME = "generator";

    private final CycleNetworks nets;
    private final Objective objective;
    private final float lambdaA;
    private final float lambdaB;
    private final float identity;

    /** @param identity λ_idt, the identity loss's weight relative to the cycle weights (0 for none) */
    private CycleGeneratorLoss(CycleNetworks nets, Objective objective, double lambdaA, double lambdaB,
                               double identity) {
        this.nets = nets;
        this.objective = objective;
        this.lambdaA = (float) lambdaA;
        this.lambdaB = (float) lambdaB;
        this.identity = Arrays.equals(nets.dataA().sampleShape(), nets.dataB().sampleShape()) ? (float) identity : 0f;
    }

    /**
     * The phase {@value #NAME} that trains both generators on this loss, once per iteration.
     *
     * @param identity λ_idt, the identity loss's weight relative to the cycle weights (0 for none)
     */
    static LossPhase phase(CycleNetworks nets, Objective objective, double lambdaA, double lambdaB, double identity) {
        return LossPhase.of(NAME, generators(nets), new CycleGeneratorLoss(nets, objective, lambdaA, lambdaB, identity));
    }

    /** The network names of both generators, which the generators' phase of each family updates. */
    static List<String> generators(CycleNetworks nets) {
        return List.of(nets.aToBName(), nets.bToAName());
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        Tensor realA = batch.domain(nets.a()).inputs();
        Tensor realB = batch.domain(nets.b()).inputs();
        Tensor fakeB = nets.aToB().translate(realA);
        Tensor fakeA = nets.bToA().translate(realB);
        Tensor adversarial = objective.generatorLoss(nets.criticB().score(fakeB))
                .add(objective.generatorLoss(nets.criticA().score(fakeA)));
        CycleReconstruction cycle = CycleReconstruction.of(nets, realA, realB, fakeB, fakeA, Losses::l1);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("g_adv", (double) adversarial.item());
        metrics.put("cycle_" + nets.a(), (double) cycle.a().item());
        metrics.put("cycle_" + nets.b(), (double) cycle.b().item());
        Tensor loss = adversarial.add(cycle.a().mul(lambdaA)).add(cycle.b().mul(lambdaB));
        if (identity > 0) {
            Tensor idA = Losses.l1(nets.bToA().translate(realA), realA);
            Tensor idB = Losses.l1(nets.aToB().translate(realB), realB);
            metrics.put("identity", (double) (idA.item() + idB.item()) / 2);
            loss = loss.add(idA.mul(identity * lambdaA)).add(idB.mul(identity * lambdaB));
        }
        return new PhaseLoss(loss, metrics);
    }
}
