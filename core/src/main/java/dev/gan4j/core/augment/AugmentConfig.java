package dev.gan4j.core.augment;

import java.util.List;

/**
 * Differentiable augmentation of everything a discriminator sees, real and generated alike
 * (DiffAugment, Zhao et al. 2020): the same random transforms are applied to both, and gradients
 * flow through them to the generator, so the discriminator cannot memorise a small training set
 * and the generator does not learn the transforms. Every adversarial family takes it as its
 * {@code "augment"} field; it needs image data [N, C, H, W].
 *
 * <pre>{@code
 * "augment": {"policy": ["translation", "cutout"], "translation": 0.125, "cutout": 0.5}
 * }</pre>
 *
 * @param policy      the transforms, applied in this order; any of {@code "color"} (random
 *                    brightness, saturation and contrast per image), {@code "translation"} (a
 *                    random integer shift per image, zeros shifted in) and {@code "cutout"} (one
 *                    random square per image set to 0); default translation and cutout
 * @param translation the largest shift as a fraction of the image's side (default 0.125, the
 *                    paper's; 0.125 of 28 pixels is up to 4 pixels each way)
 * @param cutout      the side of the cut-out square as a fraction of the image's side (default
 *                    0.5, the paper's)
 */
public record AugmentConfig(List<String> policy, Double translation, Double cutout) {
    /** The transform that changes brightness, saturation and contrast. */
    public static final String COLOR = "color";
    /** The transform that shifts each image. */
    public static final String TRANSLATION = "translation";
    /** The transform that blanks a square of each image. */
    public static final String CUTOUT = "cutout";
    /** Every transform this version knows, in the order of its documentation. */
    public static final List<String> KNOWN = List.of(COLOR, TRANSLATION, CUTOUT);

    /** Applies the defaults and checks the fields, naming them. */
    public AugmentConfig {
        policy = policy == null ? List.of(TRANSLATION, CUTOUT) : List.copyOf(policy);
        translation = translation == null ? 0.125 : translation;
        cutout = cutout == null ? 0.5 : cutout;
        if (policy.isEmpty()) {
            throw new IllegalArgumentException("augment.policy is empty; name at least one of " + String.join(", ", KNOWN)
                    + ", or remove \"augment\" to train without augmentation.");
        }
        for (String name : policy) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("augment.policy names \"" + name + "\", but the known transforms are "
                        + String.join(", ", KNOWN) + ".");
            }
        }
        if (policy.stream().distinct().count() != policy.size()) {
            throw new IllegalArgumentException("augment.policy " + policy + " names a transform twice; name each once.");
        }
        if (!(translation >= 0 && translation < 1)) {
            throw new IllegalArgumentException("augment.translation is " + translation
                    + ", but it must be a fraction of the image's side in [0, 1) (0.125 is usual).");
        }
        if (!(cutout > 0 && cutout <= 1)) {
            throw new IllegalArgumentException("augment.cutout is " + cutout
                    + ", but it must be a fraction of the image's side in (0, 1] (0.5 is usual).");
        }
    }

    /** The paper's defaults: translation by up to 1/8 of the side, then a cutout of half the side. */
    public static AugmentConfig defaults() {
        return new AugmentConfig(null, null, null);
    }
}
