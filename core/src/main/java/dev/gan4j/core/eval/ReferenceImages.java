package dev.gan4j.core.eval;

import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.data.FashionMnistDataConfig;
import dev.gan4j.core.data.InMemoryDataset;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.util.Objects;

/**
 * The real images samples are compared with, and their name for results.
 *
 * @param images [N, ...] images in [-1, 1]
 * @param name   what they are: "fashion-mnist test split (10000 images)", a file's path
 */
public record ReferenceImages(Tensor images, String name) {
    /** The most reference images used: more add time, not accuracy, at the sample sizes evaluated. */
    public static final int MAX_IMAGES = 10_000;

    /** Checks both parts are there. */
    public ReferenceImages {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Resolves a reference: {@code "test"} or {@code "train"} (the split of {@code data}, which for
     * {@code "test"} must be Fashion-MNIST; with the same classes as the run), else the path of an
     * IDX file of images (relative to the data directory when one is given). At most
     * {@link #MAX_IMAGES} images are kept, the first ones.
     *
     * @param data    the run's data config ({@link FashionMnistDataConfig#defaults()} outside a run)
     * @param context where data files are found
     * @throws IllegalArgumentException when {@code "test"} is asked of data without a test split
     */
    public static ReferenceImages resolve(String reference, DataConfig data, DataContext context) throws IOException {
        if (reference.equals("test") || reference.equals("train")) {
            DataConfig split = data;
            if (data instanceof FashionMnistDataConfig fashion) {
                split = new FashionMnistDataConfig(reference, fashion.classes());
            } else if (reference.equals("test")) {
                throw new IllegalArgumentException("The reference \"test\" needs data with a test split "
                        + "(fashion-mnist), but the data is " + data.getClass().getSimpleName() + "; give \"train\" "
                        + "(the training data) or the path of an IDX file of real images.");
            }
            Dataset dataset = split.open(context);
            if (!(dataset instanceof InMemoryDataset images)) {
                throw new IllegalArgumentException("The reference \"" + reference + "\" needs a finite set of images, "
                        + "but the data is " + dataset.description() + "; give the path of an IDX file of real images.");
            }
            Tensor kept = limit(images.examples());
            String name = (data instanceof FashionMnistDataConfig ? "fashion-mnist " + reference + " split"
                    : "the training data, " + dataset.description()) + " (" + kept.dim(0) + " images)";
            return new ReferenceImages(kept, name);
        }
        Tensor images = limit(SampleFile.read(context.resolve(reference), "the reference"));
        return new ReferenceImages(images, reference + " (" + images.dim(0) + " images)");
    }

    private static Tensor limit(Tensor images) {
        return images.dim(0) > MAX_IMAGES ? images.slice(0, 0, MAX_IMAGES) : images;
    }
}
