package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Loads Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017): 28 × 28 grayscale images of ten kinds of
 * clothing, 60,000 for training and 10,000 for testing, as IDX files.
 */
public final class FashionMnist {
    /** The number of classes. */
    public static final int CLASSES = 10;
    /** The side of an image in pixels. */
    public static final int SIDE = 28;

    private FashionMnist() {
    }

    /** The two parts of the dataset, named as their files are. */
    public enum Split {
        /** The 60,000 training images. */
        TRAIN("train"),
        /** The 10,000 test images. */
        TEST("t10k");

        private final String prefix;

        Split(String prefix) {
            this.prefix = prefix;
        }

        /** The images file's name without {@code .gz}. */
        public String imagesFile() {
            return prefix + "-images-idx3-ubyte";
        }

        /** The labels file's name without {@code .gz}. */
        public String labelsFile() {
            return prefix + "-labels-idx1-ubyte";
        }
    }

    /** Finds the split with {@code locator} and loads it. */
    public static LabelledImages load(FashionMnistLocator locator, Split split, PixelRange range) throws IOException {
        return load(locator.locate(split), split, range);
    }

    /**
     * Loads a split from {@code directory}: images as [N, 1, 28, 28] floats scaled to
     * {@code range}, and labels 0 to 9.
     */
    public static LabelledImages load(Path directory, Split split, PixelRange range) throws IOException {
        Path imagesPath = FashionMnistLocator.find(directory, split.imagesFile());
        Path labelsPath = FashionMnistLocator.find(directory, split.labelsFile());
        if (imagesPath == null || labelsPath == null) {
            throw new DatasetNotFoundException("The directory " + directory + " has no "
                    + (imagesPath == null ? split.imagesFile() : split.labelsFile()) + "[.gz]; point at the "
                    + "directory holding the Fashion-MNIST files.");
        }
        IdxArray images = IdxReader.read(imagesPath);
        IdxArray labels = IdxReader.read(labelsPath);
        if (images.type() != IdxType.UINT8 || images.rank() != 3 || images.dim(1) != SIDE || images.dim(2) != SIDE) {
            throw new IdxFormatException("The Fashion-MNIST images file " + imagesPath + " holds "
                    + images.type().label() + " " + Arrays.toString(images.dims()) + ", but uint8 [N, 28, 28] was "
                    + "expected; it is not a Fashion-MNIST images file.");
        }
        if (labels.type() != IdxType.UINT8 || labels.rank() != 1 || labels.dim(0) != images.dim(0)) {
            throw new IdxFormatException("The Fashion-MNIST labels file " + labelsPath + " holds "
                    + labels.type().label() + " " + Arrays.toString(labels.dims()) + ", but uint8 ["
                    + images.dim(0) + "] was expected, one label per image in " + imagesPath + ".");
        }
        int[] classes = labels.toIntArray();
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] >= CLASSES) {
                throw new IdxFormatException("The Fashion-MNIST labels file " + labelsPath + " has the label "
                        + classes[i] + " at index " + i + ", but labels run from 0 to 9; the file is corrupt.");
            }
        }
        float[] pixels = images.values();
        range.scaleInPlace(pixels);
        return new LabelledImages(Tensor.of(pixels, images.dim(0), 1, SIDE, SIDE), classes);
    }
}
