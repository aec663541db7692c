package dev.gan4j.core.data;

/**
 * The ring of 8 Gaussians ({@link GaussianMixture#ring8}): {@code {"type": "ring8"}}, optionally
 * with {@code "scale"} (multiplies the radius 2 and the std 0.02; default 1) and {@code "labels"}
 * (give each sample its mode index as a label; default false).
 *
 * @param scale  the factor applied to the whole mixture, positive
 * @param labels whether batches carry the mode index as a label
 */
public record Ring8DataConfig(Double scale, boolean labels) implements DataConfig {
    /** The type name in a run config. */
    public static final String TYPE = "ring8";

    /** Applies the default scale and checks it, naming the field. */
    public Ring8DataConfig {
        scale = MixtureScale.orDefault(scale);
    }

    /** The standard ring, unlabelled. */
    public static Ring8DataConfig defaults() {
        return new Ring8DataConfig(null, false);
    }

    /** The mixture this config describes. */
    public GaussianMixture mixture() {
        return GaussianMixture.ring8(scale, labels);
    }

    /** The mixture; needs no files. */
    @Override
    public Dataset open(DataContext context) {
        return mixture();
    }
}
