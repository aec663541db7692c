package dev.gan4j.core.data;

/**
 * The grid of 25 Gaussians ({@link GaussianMixture#grid25}): {@code {"type": "grid25"}}, optionally
 * with {@code "scale"} (multiplies the grid {-4, -2, 0, 2, 4} and the std 0.05; default 1) and
 * {@code "labels"} (give each sample its mode index as a label; default false).
 *
 * @param scale  the factor applied to the whole mixture, positive
 * @param labels whether batches carry the mode index as a label
 */
public record Grid25DataConfig(Double scale, boolean labels) implements DataConfig {
    /** The type name in a run config. */
    public static final String TYPE = "grid25";

    /** Applies the default scale and checks it, naming the field. */
    public Grid25DataConfig {
        scale = MixtureScale.orDefault(scale);
    }

    /** The standard grid, unlabelled. */
    public static Grid25DataConfig defaults() {
        return new Grid25DataConfig(null, false);
    }

    /** The mixture this config describes. */
    public GaussianMixture mixture() {
        return GaussianMixture.grid25(scale, labels);
    }

    /** The mixture; needs no files. */
    @Override
    public Dataset open(DataContext context) {
        return mixture();
    }
}
