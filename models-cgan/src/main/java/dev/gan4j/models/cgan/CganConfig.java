package dev.gan4j.models.cgan;

import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.objective.AdversarialSettings;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;
import java.util.List;

/**
 * The config of the {@code "cgan"} family. Absent fields take their defaults here, in one place;
 * a field that does not apply to the chosen condition or discriminator is an error rather than
 * silently ignored.
 *
 * <pre>{@code
 * {"type": "cgan", "network": {"type": "mlp", "hiddenSizes": [256, 512]}, "latentSize": 100,
 *  "objective": "non-saturating", "nCritic": 1,
 *  "discriminator": "matching-aware", "mismatchWeight": 1.0,
 *  "condition": "label", "labelEncoding": "embedding", "conditionSize": 32, "featureSize": 256}
 * }</pre>
 *
 * @param network              the architecture of both networks, mlp (the default) or dcgan
 * @param latentSize           the size of a noise vector (default 100)
 * @param objective            minimax, non-saturating (default), least-squares, wasserstein or hinge
 * @param penalty              gradient-penalty, r1, or absent for none; computed with each sample's own condition
 * @param penaltyWeight        the penalty's weight (default 10 with a penalty)
 * @param weightClip           the Wasserstein critic's clip (default 0.01, or 0 = off with a penalty)
 * @param nCritic              discriminator steps per generator step (default 1)
 * @param discriminator        matching-aware (default), plain, projection or auxiliary-classifier
 * @param mismatchWeight       matching-aware only: the weight of the mismatched-pair term (default 1)
 * @param classWeight          auxiliary-classifier only: the weight of the class losses (default 1)
 * @param condition            {@code "label"} (default) or {@code "text"}
 * @param labelEncoding        label only: {@code "embedding"} (default) or {@code "one-hot"}
 * @param conditionSize        the size of an encoded condition: a label embedding, or a word
 *                             embedding and an encoded caption (default 32; not for one-hot)
 * @param captions             text only: {@code "fashion-mnist"} (the built-in set, the default) or a
 *                             caption file (see the caption set's format)
 * @param maxTokens            text only: the most words of a caption (default 8)
 * @param conditionalBatchNorm dcgan only: whether the generator's batch norms are conditional
 *                             (default true); the condition is concatenated to the noise either way
 * @param featureSize          the size of the discriminator's image features before its head (default 256)
 * @param classNames           the class names, one per class; absent means Fashion-MNIST's names for
 *                             its data and the indices otherwise
 * @param wordDropout          text only: the probability that a word of a training caption is left out
 *                             of the condition (at least one word always stays), so the model learns
 *                             what each word means rather than whole wordings (default 0, from 0 to 1)
 * @param captionMixing        text only: the probability that a training condition is made of the words
 *                             of two captions of the same class instead of one (before word dropout), so
 *                             the model sees new combinations of a class's words (default 0, from 0 to 1)
 */
public record CganConfig(NetworkConfig network, Integer latentSize, String objective, String penalty,
                         Double penaltyWeight, Double weightClip, Integer nCritic, String discriminator,
                         Double mismatchWeight, Double classWeight, String condition, String labelEncoding,
                         Integer conditionSize, String captions, Integer maxTokens, Boolean conditionalBatchNorm,
                         Integer featureSize, List<String> classNames, Double wordDropout,
                         Double captionMixing) implements FamilyConfig {
    /** Class labels as the condition. */
    public static final String LABEL = "label";
    /** Captions as the condition. */
    public static final String TEXT = "text";
    /** A learned label embedding. */
    public static final String EMBEDDING = "embedding";
    /** A one-hot label code. */
    public static final String ONE_HOT = "one-hot";

    /** Applies the defaults and checks the fields, naming them. */
    public CganConfig {
        AdversarialSettings game = AdversarialSettings.resolve(CganFamily.ID, MlpNetworkConfig.defaults(), network,
                latentSize, objective, penalty, penaltyWeight, weightClip, nCritic);
        network = game.network();
        latentSize = game.latentSize();
        objective = game.objective();
        penalty = game.penalty();
        penaltyWeight = game.penaltyWeight();
        weightClip = game.weightClip();
        nCritic = game.nCritic();

        discriminator = discriminator == null ? DiscriminatorStyle.MATCHING_AWARE.configName() : discriminator;
        DiscriminatorStyle style = DiscriminatorStyle.named(discriminator);
        mismatchWeight = onlyFor(style == DiscriminatorStyle.MATCHING_AWARE, "mismatchWeight", mismatchWeight, 1.0,
                "discriminator is \"matching-aware\"");
        classWeight = onlyFor(style == DiscriminatorStyle.AUXILIARY_CLASSIFIER, "classWeight", classWeight, 1.0,
                "discriminator is \"auxiliary-classifier\"");
        if (mismatchWeight != null) {
            nonNegative("mismatchWeight", mismatchWeight);
        }
        if (classWeight != null) {
            nonNegative("classWeight", classWeight);
        }

        condition = condition == null ? LABEL : condition;
        if (!condition.equals(LABEL) && !condition.equals(TEXT)) {
            throw new IllegalArgumentException("cgan.condition is \"" + condition + "\", but it must be \"" + LABEL
                    + "\" (class labels) or \"" + TEXT + "\" (captions).");
        }
        boolean text = condition.equals(TEXT);
        labelEncoding = onlyFor(!text, "labelEncoding", labelEncoding, EMBEDDING, "condition is \"label\"");
        if (labelEncoding != null && !labelEncoding.equals(EMBEDDING) && !labelEncoding.equals(ONE_HOT)) {
            throw new IllegalArgumentException("cgan.labelEncoding is \"" + labelEncoding + "\", but it must be \""
                    + EMBEDDING + "\" or \"" + ONE_HOT + "\".");
        }
        boolean oneHot = ONE_HOT.equals(labelEncoding);
        if (oneHot && conditionSize != null) {
            throw new IllegalArgumentException("cgan.conditionSize is " + conditionSize + ", but a one-hot label code has "
                    + "one value per class; remove conditionSize or use \"labelEncoding\": \"embedding\".");
        }
        conditionSize = oneHot ? null : positive("conditionSize", conditionSize == null ? 32 : conditionSize,
                "32 is usual");
        captions = onlyFor(text, "captions", captions, CaptionSet.FASHION_MNIST, "condition is \"text\"");
        maxTokens = onlyFor(text, "maxTokens", maxTokens, 8, "condition is \"text\"");
        if (maxTokens != null) {
            positive("maxTokens", maxTokens, "8 fits short captions");
        }
        boolean dcgan = network instanceof DcganNetworkConfig;
        conditionalBatchNorm = onlyFor(dcgan, "conditionalBatchNorm", conditionalBatchNorm, true,
                "network is dcgan (the mlp generator has no batch norm to condition)");
        featureSize = positive("featureSize", featureSize == null ? 256 : featureSize, "256 is usual");
        classNames = classNames == null ? null : List.copyOf(classNames);
        wordDropout = onlyFor(text, "wordDropout", wordDropout, 0.0, "condition is \"text\"");
        captionMixing = onlyFor(text, "captionMixing", captionMixing, 0.0, "condition is \"text\"");
        if (wordDropout != null) {
            probability("wordDropout", wordDropout);
            probability("captionMixing", captionMixing);
        }
    }

    /** All defaults. */
    public static CganConfig defaults() {
        return new CganConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The discriminator style. */
    DiscriminatorStyle style() {
        return DiscriminatorStyle.named(discriminator);
    }

    /** The settings of the adversarial game, resolved as every adversarial family resolves them. */
    AdversarialSettings settings() {
        return new AdversarialSettings(network, latentSize, objective, penalty, penaltyWeight, weightClip, nCritic);
    }

    /** Whether the condition is a caption. */
    boolean isText() {
        return condition.equals(TEXT);
    }

    private static int positive(String field, int value, String hint) {
        if (value <= 0) {
            throw new IllegalArgumentException("cgan." + field + " is " + value + ", but it must be 1 or more (" + hint
                    + ").");
        }
        return value;
    }

    private static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cgan." + field + " is " + value + ", but it must be a finite number of 0 "
                    + "or more.");
        }
        return value;
    }

    private static void probability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("cgan." + field + " is " + value + ", but it must be a probability from 0"
                    + " to 1.");
        }
    }

    /** The value or its default where the field applies; an error where it is given but does not apply. */
    private static <T> T onlyFor(boolean applies, String field, T value, T fallback, String when) {
        if (applies) {
            return value == null ? fallback : value;
        }
        if (value != null) {
            throw new IllegalArgumentException("cgan." + field + " is " + value + ", but it applies only when " + when
                    + "; remove it.");
        }
        return null;
    }
}
