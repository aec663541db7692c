package dev.gan4j.models.gan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gan4j.core.augment.AugmentConfig;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.objective.AdversarialSettings;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "gan"} family (Goodfellow et al., 2014), fully connected by default.
 * Absent fields take the defaults of {@link AdversarialSettings}; the network defaults to
 * {@code {"type": "mlp"}} with hidden sizes [256, 512].
 *
 * <pre>{@code
 * {"type": "gan", "network": {"type": "mlp", "hiddenSizes": [256, 512]}, "latentSize": 100,
 *  "objective": "non-saturating", "penalty": null, "penaltyWeight": null, "weightClip": null, "nCritic": 1}
 * }</pre>
 *
 * @param network       the architecture of the generator and the discriminator
 * @param latentSize    the size of a noise vector (default 100)
 * @param objective     minimax, non-saturating (default), least-squares, wasserstein or hinge
 * @param penalty       gradient-penalty, r1, or absent for none
 * @param penaltyWeight the penalty's weight (default 10 when there is a penalty)
 * @param weightClip    the Wasserstein critic's clip (default 0.01, or 0 = off with a penalty)
 * @param nCritic       discriminator steps per generator step (default 1)
 * @param augment       differentiable augmentation of what the discriminator sees (see
 *                      {@link AugmentConfig}), or absent for none; left out of the canonical JSON
 *                      when absent, so configs without it keep their identity
 */
public record GanConfig(NetworkConfig network, Integer latentSize, String objective, String penalty,
                        Double penaltyWeight, Double weightClip, Integer nCritic,
                        @JsonInclude(JsonInclude.Include.NON_NULL) AugmentConfig augment) implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public GanConfig {
        AdversarialSettings s = AdversarialSettings.resolve(PlainGanFamily.ID, MlpNetworkConfig.defaults(), network,
                latentSize, objective, penalty, penaltyWeight, weightClip, nCritic, augment);
        network = s.network();
        latentSize = s.latentSize();
        objective = s.objective();
        penalty = s.penalty();
        penaltyWeight = s.penaltyWeight();
        weightClip = s.weightClip();
        nCritic = s.nCritic();
        augment = s.augment();
    }

    /** All defaults. */
    public static GanConfig defaults() {
        return new GanConfig(null, null, null, null, null, null, null, null);
    }

    /** The resolved settings of the game. */
    AdversarialSettings settings() {
        return new AdversarialSettings(network, latentSize, objective, penalty, penaltyWeight, weightClip, nCritic, augment);
    }
}
