package dev.gan4j.models.unit;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encoders' and decoders' loss for the iteration's two domains: for each domain d of the pair
 * and o the other, with h = E_d(x) and z = h + σ·ε (ε standard normal, drawn from the run's noise),
 *
 * <pre>
 *   adversarial · adv(D_o(G_o(z)))           the translation fools o's discriminator
 *            (or adv(D_d(G_d(ε'))), ε' ~ N(0, I), when the discriminators judge prior samples)
 *   + reconstruction · |G_d(z) − x|₁
 *   + kl · mean(h²)                           KL(N(h, I) ‖ N(0, I)) up to a constant factor
 *   + cycle · |G_d(E_o(G_o(z)) + σ·ε'') − x|₁ + klCycle · mean(E_o(G_o(z))²)
 *   + latentDomain · BCE(L(h), ½)             the latent discriminator L left unsure
 * </pre>
 *
 * Metrics: {@code g_adv}, {@code reconstruction}, {@code kl}, {@code cycle}, {@code latent} (those
 * whose weight is not 0, unweighted, summed over both domains).
 */
final class LatentGeneratorLoss implements LossPhase.Loss {
    private final LatentTranslationNetworks nets;
    private final LatentLosses weights;
    private final Objective objective;
    private final DomainPair pair;

    LatentGeneratorLoss(LatentTranslationNetworks nets, LatentLosses weights, Objective objective, DomainPair pair) {
        this.nets = nets;
        this.weights = weights;
        this.objective = objective;
        this.pair = pair;
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        Map<String, Tensor> terms = new LinkedHashMap<>();
        addDomain(pair.first(), pair.second(), batch, noise, terms);
        addDomain(pair.second(), pair.first(), batch, noise, terms);
        Tensor loss = null;
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> term : terms.entrySet()) {
            metrics.put(term.getKey(), (double) term.getValue().item());
            Tensor weighted = term.getValue().mul((float) weightOf(term.getKey()));
            loss = loss == null ? weighted : loss.add(weighted);
        }
        return new PhaseLoss(loss, metrics);
    }

    private void addDomain(String d, String o, Batch batch, Rng noise, Map<String, Tensor> terms) {
        Tensor x = batch.domain(d).inputs();
        Tensor h = nets.encoder(d).forward(x);
        Tensor z = withNoise(h, noise);
        Tensor translated = null;
        if (weights.translationsJudged() || weights.cycle() > 0) {
            translated = nets.decoder(o).forward(z);
        }
        if (weights.adversarial() > 0) {
            Tensor scores = weights.translationsJudged()
                    ? nets.critics().get(o).score(translated)
                    : nets.critics().get(d).score(nets.decoder(d).forward(prior(x.dims()[0], noise)));
            add(terms, "g_adv", objective.generatorLoss(scores));
        }
        if (weights.reconstruction() > 0) {
            add(terms, "reconstruction", Losses.l1(nets.decoder(d).forward(z), x));
        }
        if (weights.kl() > 0) {
            add(terms, "kl", h.square().mean());
        }
        if (weights.cycle() > 0) {
            Tensor back = nets.encoder(o).forward(translated);
            add(terms, "cycle", Losses.l1(nets.decoder(d).forward(withNoise(back, noise)), x));
            if (weights.klCycle() > 0) {
                add(terms, "kl_cycle", back.square().mean());
            }
        }
        if (weights.latentDomain() > 0) {
            add(terms, "latent", Losses.bceWithLogits(nets.latentCritic().score(h), 0.5f));
        }
    }

    /** Standard normal codes [n, ...latentShape], the prior of every domain's decoder. */
    Tensor prior(int n, Rng noise) {
        int[] shape = nets.codecs().latentShape();
        return Tensor.randn(noise, n, shape[0], shape[1], shape[2]);
    }

    private Tensor withNoise(Tensor h, Rng noise) {
        if (weights.noise() == 0) {
            return h;
        }
        return h.add(Tensor.randn(noise, h.dims()).mul((float) weights.noise()));
    }

    private double weightOf(String term) {
        return switch (term) {
            case "g_adv" -> weights.adversarial();
            case "reconstruction" -> weights.reconstruction();
            case "kl" -> weights.kl();
            case "cycle" -> weights.cycle();
            case "kl_cycle" -> weights.klCycle();
            case "latent" -> weights.latentDomain();
            default -> throw new IllegalStateException("No weight for the term " + term + ".");
        };
    }

    private static void add(Map<String, Tensor> terms, String name, Tensor value) {
        terms.merge(name, value, Tensor::add);
    }
}
