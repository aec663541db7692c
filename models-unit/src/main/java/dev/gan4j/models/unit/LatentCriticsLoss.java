package dev.gan4j.models.unit;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.objective.AdversarialGame;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The domains' discriminators' loss for the iteration's pair (which this phase draws first, as it
 * runs first): each domain's discriminator scores its real batch against fakes of the domain, made
 * without a graph and passed through the domain's pool: translations G_d(E_o(x_o) + σ·ε) from the
 * other domain, or the domain's own decoder's samples from the prior. Minimises the sum of the
 * objective's discriminator losses. Metrics: {@code d_loss_X} per domain, {@code d_real},
 * {@code d_fake} (mean raw scores).
 */
final class LatentCriticsLoss implements LossPhase.Loss {
    private final LatentTranslationNetworks nets;
    private final LatentLosses weights;
    private final Objective objective;
    private final DomainPair pair;
    private final LatentGeneratorLoss generator;

    LatentCriticsLoss(LatentTranslationNetworks nets, LatentLosses weights, Objective objective, DomainPair pair,
                      LatentGeneratorLoss generator) {
        this.nets = nets;
        this.weights = weights;
        this.objective = objective;
        this.pair = pair;
        this.generator = generator;
    }

    /** Draws the pair, then per domain the fakes' noise and the pool's swaps, from {@code noise}. */
    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        pair.draw(noise);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Tensor loss = null;
        double real = 0;
        double fake = 0;
        for (String[] domains : new String[][] {{pair.first(), pair.second()}, {pair.second(), pair.first()}}) {
            String d = domains[0];
            String o = domains[1];
            Tensor x = batch.domain(d).inputs();
            Tensor fakes;
            // the encoders and decoders get no gradient here, so their passes record no graph
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                if (weights.translationsJudged()) {
                    Tensor h = nets.encoder(o).forward(batch.domain(o).inputs());
                    if (weights.noise() > 0) {
                        h = h.add(Tensor.randn(noise, h.dims()).mul((float) weights.noise()));
                    }
                    fakes = nets.decoder(d).forward(h).detach();
                } else {
                    fakes = nets.decoder(d).forward(generator.prior(x.dims()[0], noise)).detach();
                }
            }
            fakes = nets.pools().get(d).query(fakes, noise);
            Layer critic = nets.critics().get(d).network();
            Tensor realScores = critic.forward(x);
            Tensor fakeScores = critic.forward(fakes);
            Tensor term = objective.discriminatorLoss(realScores, fakeScores);
            metrics.put("d_loss_" + d, (double) term.item());
            real += AdversarialGame.mean(realScores) / 2;
            fake += AdversarialGame.mean(fakeScores) / 2;
            loss = loss == null ? term : loss.add(term);
        }
        metrics.put("d_real", real);
        metrics.put("d_fake", fake);
        return new PhaseLoss(loss, metrics);
    }
}
