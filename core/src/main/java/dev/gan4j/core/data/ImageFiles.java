package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The PNG and JPEG images directly in a folder, in name order, decoded a few at a time: what
 * {@code gan4j translate --in DIR} streams through a translator without holding the folder in
 * memory. Unlike an image-folder dataset, nothing is resized: every image must already have the
 * size the model takes.
 */
public final class ImageFiles {
    private final Path folder;
    private final List<Path> files;

    private ImageFiles(Path folder, List<Path> files) {
        this.folder = folder;
        this.files = files;
    }

    /**
     * The images in {@code folder}, sorted by name.
     *
     * @throws DatasetNotFoundException naming the folder when it is missing or holds no image
     */
    public static ImageFiles in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DatasetNotFoundException("The image folder " + folder + " does not exist or is not a folder; "
                    + "give a folder of PNG or JPEG images.");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(ImageFolderReader::isImageName).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new DatasetNotFoundException("The image folder " + folder + " holds no PNG or JPEG images; images are "
                    + "files ending in .png, .jpg or .jpeg directly in the folder.");
        }
        return new ImageFiles(folder, files);
    }

    /** The image files, in order. */
    public List<Path> files() {
        return files;
    }

    /** The number of images. */
    public int size() {
        return files.size();
    }

    /**
     * Images {@code from} (inclusive) to {@code to} (exclusive) as [n, channels, H, W] in [−1, 1]
     * (RGB images become grey by their luma for 1 channel; grey images are repeated for 3).
     *
     * @param side the height and width every image must have
     * @throws IllegalArgumentException naming the file and both sizes when an image has another size
     */
    public Tensor read(int from, int to, int channels, int side) throws IOException {
        int n = to - from;
        int plane = channels * side * side;
        float[] values = new float[n * plane];
        for (int i = 0; i < n; i++) {
            Path file = files.get(from + i);
            BufferedImage image = ImagePixels.decode(file);
            if (image.getWidth() != side || image.getHeight() != side) {
                throw new IllegalArgumentException("The image " + file + " is " + image.getWidth() + "×"
                        + image.getHeight() + " pixels, but the model takes " + side + "×" + side + " images; resize "
                        + "the images of " + folder + " to " + side + "×" + side + ".");
            }
            float[] pixels = ImagePixels.modelInput(image, channels, side);
            System.arraycopy(pixels, 0, values, i * plane, plane);
        }
        return Tensor.of(values, n, channels, side, side);
    }
}
