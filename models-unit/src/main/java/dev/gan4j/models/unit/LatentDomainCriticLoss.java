package dev.gan4j.models.unit;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latent domain discriminator's loss (DRIT's content discriminator): it learns which of the two
 * domains a code E(x) came from, BCE with target 1 for the first domain's codes and 0 for the
 * second's (codes made without a graph). Metrics: {@code latent_d_loss}, {@code latent_accuracy}
 * (the share of codes it places on the right side of 0).
 */
final class LatentDomainCriticLoss implements LossPhase.Loss {
    private final LatentTranslationNetworks nets;

    LatentDomainCriticLoss(LatentTranslationNetworks nets) {
        this.nets = nets;
    }

    @Override
    public PhaseLoss compute(Batch batch, Rng noise) {
        String first = nets.domains().get(0);
        String second = nets.domains().get(1);
        Tensor codesFirst;
        Tensor codesSecond;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            codesFirst = nets.encoder(first).forward(batch.domain(first).inputs()).detach();
            codesSecond = nets.encoder(second).forward(batch.domain(second).inputs()).detach();
        }
        Tensor logitsFirst = nets.latentCritic().score(codesFirst);
        Tensor logitsSecond = nets.latentCritic().score(codesSecond);
        Tensor loss = Losses.bceWithLogits(logitsFirst, 1f).add(Losses.bceWithLogits(logitsSecond, 0f));
        int right = 0;
        for (float v : logitsFirst.data()) {
            right += v > 0 ? 1 : 0;
        }
        for (float v : logitsSecond.data()) {
            right += v <= 0 ? 1 : 0;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("latent_d_loss", (double) loss.item());
        metrics.put("latent_accuracy", right / (double) (logitsFirst.size() + logitsSecond.size()));
        return new PhaseLoss(loss, metrics);
    }
}
