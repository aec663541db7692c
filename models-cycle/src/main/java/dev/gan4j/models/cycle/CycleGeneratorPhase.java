package dev.gan4j.models.cycle;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generators' phase of CycleGAN and DualGAN: both generators together minimise
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
final class CycleGeneratorPhase implements Phase {
    /** The phase's name, which configs key the generators' optimiser by. */
    static final String NAME = "generator";

    private final CycleNetworks nets;
    private final Objective objective;
    private final float lambdaA;
    private final float lambdaB;
    private final float identity;

    /** @param identity λ_idt, the identity loss's weight relative to the cycle weights (0 for none) */
    CycleGeneratorPhase(CycleNetworks nets, Objective objective, double lambdaA, double lambdaB, double identity) {
        this.nets = nets;
        this.objective = objective;
        this.lambdaA = (float) lambdaA;
        this.lambdaB = (float) lambdaB;
        this.identity = Arrays.equals(nets.dataA().sampleShape(), nets.dataB().sampleShape()) ? (float) identity : 0f;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Both generators. */
    @Override
    public List<String> networks() {
        return List.of(nets.aToBName(), nets.bToAName());
    }

    @Override
    public int repeats() {
        return 1;
    }

    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        Tensor realA = batch.domain(nets.a()).inputs();
        Tensor realB = batch.domain(nets.b()).inputs();
        Tensor fakeB = nets.aToB().translate(realA);
        Tensor fakeA = nets.bToA().translate(realB);
        Tensor adversarial = objective.generatorLoss(nets.criticB().score(fakeB))
                .add(objective.generatorLoss(nets.criticA().score(fakeA)));
        Tensor cycleA = Losses.l1(nets.bToA().translate(fakeB), realA);
        Tensor cycleB = Losses.l1(nets.aToB().translate(fakeA), realB);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("g_adv", (double) adversarial.item());
        metrics.put("cycle_" + nets.a(), (double) cycleA.item());
        metrics.put("cycle_" + nets.b(), (double) cycleB.item());
        Tensor loss = adversarial.add(cycleA.mul(lambdaA)).add(cycleB.mul(lambdaB));
        if (identity > 0) {
            Tensor idA = Losses.l1(nets.bToA().translate(realA), realA);
            Tensor idB = Losses.l1(nets.aToB().translate(realB), realB);
            metrics.put("identity", (double) (idA.item() + idB.item()) / 2);
            loss = loss.add(idA.mul(identity * lambdaA)).add(idB.mul(identity * lambdaB));
        }
        return new PhaseLoss(loss, metrics);
    }
}
