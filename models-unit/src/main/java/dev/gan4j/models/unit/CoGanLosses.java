package dev.gan4j.models.unit;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.network.CoupledNetworks;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.objective.AdversarialGame;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three losses of CoGAN with encoders, each drawing one noise batch z (standard normal, as
 * many as the first domain's real batch) shared by every domain's generator:
 *
 * <ul>
 *   <li>discriminators: Σ_d objective.discriminatorLoss(D_d(x_d), D_d(G_d(z))), fakes without a graph;</li>
 *   <li>generators: Σ_d objective.generatorLoss(D_d(G_d(z)));</li>
 *   <li>encoders: Σ_d mean((E_d(G_d(z)) − z)²) + λ·|G_d(E_d(x_d)) − x_d|₁ (the generators fixed).</li>
 * </ul>
 */
final class CoGanLosses {
    private final CoupledNetworks nets;
    private final List<String> domains;
    private final Objective objective;
    private final int latent;
    private final float lambdaReconstruction;

    CoGanLosses(CoupledNetworks nets, List<String> domains, Objective objective, int latent, double lambda) {
        this.nets = nets;
        this.domains = List.copyOf(domains);
        this.objective = objective;
        this.latent = latent;
        this.lambdaReconstruction = (float) lambda;
    }

    private Tensor noise(Batch batch, Rng rng) {
        return Tensor.randn(rng, batch.domain(domains.get(0)).inputs().dims()[0], latent);
    }

    PhaseLoss discriminators(Batch batch, Rng rng) {
        Tensor z = noise(batch, rng);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Tensor loss = null;
        double real = 0;
        double fake = 0;
        for (String d : domains) {
            Tensor fakes;
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                fakes = nets.generators().get(d).forward(z).detach();
            }
            Tensor realScores = nets.discriminators().get(d).forward(batch.domain(d).inputs());
            Tensor fakeScores = nets.discriminators().get(d).forward(fakes);
            Tensor term = objective.discriminatorLoss(realScores, fakeScores);
            metrics.put("d_loss_" + d, (double) term.item());
            real += AdversarialGame.mean(realScores) / domains.size();
            fake += AdversarialGame.mean(fakeScores) / domains.size();
            loss = loss == null ? term : loss.add(term);
        }
        metrics.put("d_real", real);
        metrics.put("d_fake", fake);
        return new PhaseLoss(loss, metrics);
    }

    PhaseLoss generators(Batch batch, Rng rng) {
        Tensor z = noise(batch, rng);
        Tensor loss = null;
        for (String d : domains) {
            Tensor fakes = nets.generators().get(d).forward(z);
            Tensor term = objective.generatorLoss(nets.discriminators().get(d).forward(fakes));
            loss = loss == null ? term : loss.add(term);
        }
        return new PhaseLoss(loss, Map.of("g_adv", (double) loss.item()));
    }

    PhaseLoss encoders(Batch batch, Rng rng) {
        Tensor z = noise(batch, rng);
        Tensor regression = null;
        Tensor reconstruction = null;
        for (String d : domains) {
            Tensor fakes;
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                fakes = nets.generators().get(d).forward(z).detach();
            }
            Tensor r = Losses.mse(nets.encoders().get(d).forward(fakes), z);
            regression = regression == null ? r : regression.add(r);
            if (lambdaReconstruction > 0) {
                Tensor x = batch.domain(d).inputs();
                Tensor l1 = Losses.l1(nets.generators().get(d).forward(nets.encoders().get(d).forward(x)), x);
                reconstruction = reconstruction == null ? l1 : reconstruction.add(l1);
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("latent_regression", (double) regression.item());
        Tensor loss = regression;
        if (reconstruction != null) {
            metrics.put("reconstruction", (double) reconstruction.item());
            loss = loss.add(reconstruction.mul(lambdaReconstruction));
        }
        return new PhaseLoss(loss, metrics);
    }
}
