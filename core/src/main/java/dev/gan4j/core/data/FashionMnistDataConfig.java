package dev.gan4j.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Fashion-MNIST: {@code {"type": "fashion-mnist", "split": "train", "classes": [0, 7]}}. The
 * files are found by {@link FashionMnistLocator} (the --data directory, {@code $GAN4J_DATA},
 * {@code /usr/share/datasets/fashion-mnist}); images are [1, 28, 28] scaled to [-1, 1], labelled
 * with their class 0 to 9.
 *
 * @param split   {@code "train"} (60,000 images, the default) or {@code "test"} (10,000)
 * @param classes   the classes to keep, each 0 to 9; absent keeps all ten. Labels keep their
 *                  Fashion-MNIST numbers, so the spec still has 10 classes.
 * @param part      {@code "first"} or {@code "second"}: one of two disjoint halves of the split (by
 *                  index, before the class filter), so two domains of a translation never hold the same
 *                  source image; absent keeps the whole split
 * @param transform {@code "invert"}, {@code "flip_invert"}, {@code "flip"} or {@code "rotate_invert"}
 *                  (see {@link ImageTransform}) applied to every image; absent keeps them as they are
 */
public record FashionMnistDataConfig(String split, List<Integer> classes,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) String part,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) String transform)
        implements DataConfig {
    /** The type name in a run config. */
    public static final String TYPE = "fashion-mnist";
    /** The first half of the split. */
    public static final String FIRST_PART = "first";
    /** The second half of the split. */
    public static final String SECOND_PART = "second";

    /** Applies the defaults (train split, all classes) and checks the values, naming the field. */
    public FashionMnistDataConfig {
        split = split == null ? "train" : split;
        if (!split.equals("train") && !split.equals("test")) {
            throw new IllegalArgumentException("data.split is \"" + split + "\", but it must be \"train\" (60,000 "
                    + "images) or \"test\" (10,000 images).");
        }
        classes = normaliseClasses(classes);
        if (part != null && !part.equals(FIRST_PART) && !part.equals(SECOND_PART)) {
            throw new IllegalArgumentException("data.part is \"" + part + "\", but it must be \"first\" or \"second\" "
                    + "(one of two disjoint halves of the split), or absent for the whole split.");
        }
        if (transform != null) {
            ImageTransform.byName(transform, "data.transform");
        }
    }

    /** The given split and classes, whole and untransformed. */
    public FashionMnistDataConfig(String split, List<Integer> classes) {
        this(split, classes, null, null);
    }

    /** The training split, all classes. */
    public static FashionMnistDataConfig defaults() {
        return new FashionMnistDataConfig(null, null);
    }

    private static List<Integer> normaliseClasses(List<Integer> classes) {
        if (classes == null) {
            List<Integer> all = new ArrayList<>();
            for (int c = 0; c < FashionMnist.CLASSES; c++) {
                all.add(c);
            }
            return List.copyOf(all);
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("data.classes is empty, which would keep no image; leave it out to "
                    + "keep all ten classes, or list the classes to keep, such as [0, 7].");
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer c : classes) {
            if (c == null || c < 0 || c >= FashionMnist.CLASSES) {
                throw new IllegalArgumentException("data.classes contains " + c + ", but Fashion-MNIST's classes are "
                        + "numbered 0 to 9 (0 T-shirt/top, 1 trouser, 2 pullover, 3 dress, 4 coat, 5 sandal, 6 shirt, "
                        + "7 sneaker, 8 bag, 9 ankle boot).");
            }
            if (!sorted.add(c)) {
                throw new IllegalArgumentException("data.classes lists the class " + c + " twice; list each class "
                        + "once.");
            }
        }
        return List.copyOf(sorted);
    }

    /** Finds and loads the split, keeping the listed classes. */
    @Override
    public Dataset open(DataContext context) throws IOException {
        FashionMnist.Split which = FashionMnist.Split.valueOf(split.toUpperCase(Locale.ROOT));
        FashionMnistLocator locator = FashionMnistLocator.of(context);
        java.nio.file.Path directory = locator.locate(which);
        LabelledImages all = half(FashionMnist.load(directory, which, PixelRange.MINUS_ONE_TO_ONE));
        LabelledImages kept = classes.size() == FashionMnist.CLASSES ? all : keep(all);
        Tensor images = transform == null ? kept.images()
                : ImageTransform.byName(transform, "data.transform").apply(kept.images());
        DataSpec spec = new DataSpec(TYPE, new int[] {1, FashionMnist.SIDE, FashionMnist.SIDE}, FashionMnist.CLASSES);
        String description = "fashion-mnist " + split + " split" + (part == null ? "" : " (" + part + " half)")
                + " from " + directory + ": " + kept.size() + " images 28x28 grayscale in [-1, 1]"
                + (classes.size() == FashionMnist.CLASSES ? "" : ", classes " + classes)
                + (transform == null ? "" : ", " + transform);
        return new InMemoryDataset(spec, description, images, kept.labels()).withFiles(List.of(
                DataFileDigest.of(FashionMnistLocator.find(directory, which.imagesFile())),
                DataFileDigest.of(FashionMnistLocator.find(directory, which.labelsFile()))));
    }

    /** The images of {@link #part}: the first or second half by index, or all of them. */
    private LabelledImages half(LabelledImages all) {
        if (part == null) {
            return all;
        }
        int n = all.size();
        int start = part.equals(FIRST_PART) ? 0 : n / 2;
        int end = part.equals(FIRST_PART) ? n / 2 : n;
        return new LabelledImages(all.images().slice(0, start, end).detach(),
                java.util.Arrays.copyOfRange(all.labels(), start, end));
    }

    private LabelledImages keep(LabelledImages all) {
        boolean[] wanted = new boolean[FashionMnist.CLASSES];
        for (int c : classes) {
            wanted[c] = true;
        }
        int[] labels = all.labels();
        int count = 0;
        for (int label : labels) {
            count += wanted[label] ? 1 : 0;
        }
        int pixels = FashionMnist.SIDE * FashionMnist.SIDE;
        float[] source = all.images().data();
        float[] values = new float[count * pixels];
        int[] keptLabels = new int[count];
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (wanted[labels[i]]) {
                System.arraycopy(source, i * pixels, values, next * pixels, pixels);
                keptLabels[next++] = labels[i];
            }
        }
        return new LabelledImages(Tensor.of(values, count, 1, FashionMnist.SIDE, FashionMnist.SIDE), keptLabels);
    }
}
