package dev.gan4j.core.data;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the images of an {@link ImageFolderDataConfig} into an {@link InMemoryDataset}: finds the
 * files (sorted, so the order never depends on the file system), decodes them with
 * {@code javax.imageio}, converts them to the wanted channels, resizes them and scales them to
 * [-1, 1], as {@link ImagePixels} does for every reader of images.
 */
final class ImageFolderReader {
    private final Path folder;
    private final Integer size;
    private final int channels;
    private final boolean recursive;
    private final String relativeBase;

    ImageFolderReader(Path folder, Integer size, int channels, boolean recursive, String relativeBase) {
        this.folder = folder;
        this.size = size;
        this.channels = channels;
        this.recursive = recursive;
        this.relativeBase = relativeBase;
    }

    /** Finds and reads the images. */
    InMemoryDataset read() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DatasetNotFoundException("The image folder " + folder + " named by data.path "
                    + (Files.exists(folder) ? "is a file, not a folder" : "does not exist")
                    + "; check the path (a relative path is resolved against " + relativeBase + ").");
        }
        List<Path> topImages = images(folder, false);
        List<String> classNames = new ArrayList<>();
        List<List<Path>> classImages = new ArrayList<>();
        for (Path sub : subfolders(folder)) {
            List<Path> found = images(sub, recursive);
            if (!found.isEmpty()) {
                classNames.add(sub.getFileName().toString());
                classImages.add(found);
            }
        }
        boolean labelled = !classNames.isEmpty();
        if (labelled && !topImages.isEmpty()) {
            throw new IllegalArgumentException("The image folder " + folder + " holds both " + topImages.size()
                    + " images (such as " + topImages.get(0).getFileName() + ") and class sub-folders "
                    + classNames + "; move the loose images into a class sub-folder, or the sub-folders out.");
        }
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        if (labelled) {
            for (int c = 0; c < classImages.size(); c++) {
                for (Path p : classImages.get(c)) {
                    files.add(p);
                    labels.add(c);
                }
            }
        } else {
            files.addAll(topImages);
        }
        if (files.isEmpty()) {
            throw new DatasetNotFoundException("The image folder " + folder + " holds no PNG or JPEG images"
                    + (recursive ? " at any depth" : " in it or in its immediate sub-folders (set data.recursive to "
                    + "true to look deeper)") + "; images are files ending in .png, .jpg or .jpeg.");
        }
        return decodeAll(files, labelled ? labels.stream().mapToInt(Integer::intValue).toArray() : null, classNames);
    }

    private InMemoryDataset decodeAll(List<Path> files, int[] labels, List<String> classNames) throws IOException {
        int side = -1;
        float[] values = null;
        Path first = files.get(0);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            BufferedImage image = ImagePixels.decode(file);
            int h = image.getHeight();
            int w = image.getWidth();
            if (size == null && (h != w || (side >= 0 && h != side))) {
                throw new IllegalArgumentException("The image " + file + " is " + w + "x" + h + " pixels, but without "
                        + "data.size all images must be the same square" + (side >= 0 ? " as " + first.getFileName()
                        + " (" + side + "x" + side + ")" : "") + "; set data.size to resize them, such as 64.");
            }
            if (side < 0) {
                side = size != null ? size : h;
                long total = (long) files.size() * channels * side * side;
                if (total > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("The image folder " + folder + " has " + files.size()
                            + " images of " + channels + "x" + side + "x" + side + " values, " + total + " in all, "
                            + "more than one array can hold; lower data.size or use fewer images.");
                }
                values = new float[(int) total];
            }
            float[] pixels = ImagePixels.modelInput(image, channels, side);
            System.arraycopy(pixels, 0, values, i * pixels.length, pixels.length);
        }
        String name = "image-folder:" + folder.getFileName();
        DataSpec spec = new DataSpec(name, new int[] {channels, side, side}, classNames.size());
        String description = "image-folder " + folder + ": " + files.size() + " images " + side + "x" + side + " "
                + (channels == 1 ? "grayscale" : "RGB") + " in [-1, 1]"
                + (labels == null ? ", unlabelled" : ", " + classNames.size() + " classes " + classNames);
        return new InMemoryDataset(spec, description, Tensor.of(values, files.size(), channels, side, side), labels)
                .withFiles(List.of(DataFileDigest.ofFolder(folder, files)));
    }

    private static List<Path> subfolders(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).filter(p -> !hidden(p)).sorted().toList();
        }
    }

    private static List<Path> images(Path folder, boolean deep) throws IOException {
        try (Stream<Path> entries = deep ? Files.walk(folder) : Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !hidden(p) && (deep ? noHiddenFolder(folder, p) : true))
                    .filter(ImageFolderReader::isImageName).sorted().toList();
        }
    }

    private static boolean noHiddenFolder(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    static boolean isImageName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }
}
