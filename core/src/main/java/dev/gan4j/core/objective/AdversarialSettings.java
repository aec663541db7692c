package dev.gan4j.core.objective;

import dev.gan4j.core.augment.AugmentConfig;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.Penalty;

/**
 * The settings of a generator-against-discriminator game, with every default applied and every
 * value checked here, in one place: every adversarial family's config record ({@code gan},
 * {@code dcgan}, {@code cgan}, a plugin's) resolves these fields through {@link #resolve}, so they
 * mean the same and fail with the same sentences everywhere.
 *
 * @param network       the architecture of both networks
 * @param latentSize    the size of a noise vector (default 100)
 * @param objective     the adversarial objective by name (default {@code "non-saturating"})
 * @param penalty       {@code "gradient-penalty"}, {@code "r1"}, or null for none (the default;
 *                      {@code "none"} also means none)
 * @param penaltyWeight the penalty's weight (default 10 with a penalty; null without one)
 * @param weightClip    the Wasserstein critic's clip (default 0.01 without a penalty, 0, meaning
 *                      off, with one); null for every other objective
 * @param nCritic       discriminator steps per generator step (default 1; 5 is usual for WGAN)
 * @param augment       differentiable augmentation of every image the discriminator sees, or null
 *                      for none (the default)
 */
public record AdversarialSettings(NetworkConfig network, int latentSize, String objective, String penalty,
                                  Double penaltyWeight, Double weightClip, int nCritic, AugmentConfig augment) {

    /** Settings without augmentation. */
    public AdversarialSettings(NetworkConfig network, int latentSize, String objective, String penalty,
                               Double penaltyWeight, Double weightClip, int nCritic) {
        this(network, latentSize, objective, penalty, penaltyWeight, weightClip, nCritic, null);
    }

    /**
     * As {@link #resolve(String, NetworkConfig, NetworkConfig, Integer, String, String, Double, Double, Integer,
     * AugmentConfig)} without augmentation.
     */
    public static AdversarialSettings resolve(String family, NetworkConfig defaultNetwork, NetworkConfig network,
                                              Integer latentSize, String objective, String penalty, Double penaltyWeight,
                                              Double weightClip, Integer nCritic) {
        return resolve(family, defaultNetwork, network, latentSize, objective, penalty, penaltyWeight, weightClip,
                nCritic, null);
    }

    /**
     * Applies the defaults to the given (possibly absent) values and checks them, naming the
     * family's field in every message.
     *
     * @param family         the family id, for messages ({@code "gan"})
     * @param defaultNetwork the family's network when none is given
     * @param augment        the augmentation as given (its record checked its own fields), or null
     * @throws IllegalArgumentException with a sentence naming the field ({@code "gan.nCritic"}) and
     *                                  what it may be
     */
    public static AdversarialSettings resolve(String family, NetworkConfig defaultNetwork, NetworkConfig network,
                                              Integer latentSize, String objective, String penalty, Double penaltyWeight,
                                              Double weightClip, Integer nCritic, AugmentConfig augment) {
        NetworkConfig net = network == null ? defaultNetwork : network;
        int latent = latentSize == null ? 100 : latentSize;
        String objectiveName = objective == null ? "non-saturating" : objective;
        String penaltyName = penalty == null || penalty.equals("none") ? null : penalty;
        int critic = nCritic == null ? 1 : nCritic;
        if (latent <= 0) {
            throw new IllegalArgumentException(family + ".latentSize is " + latent + ", but it must be 1 or more (100 is usual).");
        }
        if (critic <= 0) {
            throw new IllegalArgumentException(family + ".nCritic is " + critic
                    + ", but it must be 1 or more: the discriminator steps per generator step (5 is usual for WGAN).");
        }
        if (!Objectives.names().contains(objectiveName)) {
            throw new IllegalArgumentException(family + ".objective is \"" + objectiveName + "\", but the known objectives are "
                    + String.join(", ", Objectives.names()) + ".");
        }
        if (penaltyName != null && !Penalties.names().contains(penaltyName)) {
            throw new IllegalArgumentException(family + ".penalty is \"" + penaltyName + "\", but the known penalties are "
                    + String.join(", ", Penalties.names()) + " (or \"none\").");
        }
        if (penaltyName == null && penaltyWeight != null) {
            throw new IllegalArgumentException(family + ".penaltyWeight is " + penaltyWeight + ", but there is no penalty; "
                    + "set " + family + ".penalty to " + String.join(" or ", Penalties.names()) + ", or remove penaltyWeight.");
        }
        Double weight = penaltyName == null ? null : penaltyWeight == null ? Penalties.DEFAULT_WEIGHT : penaltyWeight;
        if (weight != null && (!(weight >= 0) || weight.isInfinite())) {
            throw new IllegalArgumentException(family + ".penaltyWeight is " + weight
                    + ", but it must be a finite number of 0 or more (10 is usual).");
        }
        Double clip = weightClip;
        if (objectiveName.equals(WassersteinObjective.NAME)) {
            if (clip == null) {
                clip = penaltyName == null ? WassersteinObjective.DEFAULT_CLIP : 0.0;
            }
            if (!(clip >= 0) || clip.isInfinite()) {
                throw new IllegalArgumentException(family + ".weightClip is " + clip
                        + ", but it must be a finite number of 0 or more: 0.01 as in WGAN, or 0 for none.");
            }
        } else if (clip != null) {
            throw new IllegalArgumentException(family + ".weightClip is " + clip + ", but only the wasserstein objective "
                    + "clips weights and the objective is \"" + objectiveName + "\"; remove weightClip.");
        }
        return new AdversarialSettings(net, latent, objectiveName, penaltyName, weight, clip, critic, augment);
    }

    /** The objective these settings name. */
    public Objective buildObjective() {
        return Objectives.named(objective, weightClip);
    }

    /** The penalty these settings name, or null for none. */
    public Penalty buildPenalty() {
        return penalty == null ? null : Penalties.named(penalty, penaltyWeight);
    }
}
