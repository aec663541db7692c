package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * Images with a class label each.
 *
 * @param images the images, [N, C, H, W]
 * @param labels the class of each image, N of them
 */
public record LabelledImages(Tensor images, int[] labels) {
    /** Checks that there is one label per image. */
    public LabelledImages {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
        if (images.rank() != 4) {
            throw new IllegalArgumentException("Images are [N, C, H, W], but the shape is " + images.shape() + ".");
        }
        if (labels.length != images.dim(0)) {
            throw new IllegalArgumentException("There are " + images.dim(0) + " images but " + labels.length
                    + " labels; give one label per image.");
        }
    }

    /** The number of images. */
    public int size() {
        return labels.length;
    }
}
