package dev.gan4j.core.data;

import java.io.IOException;

/**
 * A folder of PNG and JPEG images:
 * {@code {"type": "image-folder", "path": "faces", "size": 64, "channels": 3}}. When the folder
 * has sub-folders holding images, each sub-folder is a class (named by the folder, classes in
 * sorted order) and every image is labelled; otherwise the images in the folder itself are read,
 * unlabelled. Images are centre-cropped to a square, resized to {@code size} × {@code size},
 * converted to {@code channels} and scaled to [-1, 1]. A relative path is resolved against the
 * --data directory when one is given, otherwise against the working directory.
 *
 * @param path      the folder (required)
 * @param size      the side of the square the images are resized to; absent keeps the images'
 *                  own size, which must then be the same square for all of them
 * @param channels  1 (grayscale) or 3 (RGB, the default)
 * @param recursive whether images in deeper sub-folders count too (for a labelled folder, under
 *                  their class's folder); default false
 */
public record ImageFolderDataConfig(String path, Integer size, Integer channels, boolean recursive)
        implements DataConfig {
    /** The type name in a run config. */
    public static final String TYPE = "image-folder";
    /** The largest side accepted for {@code size}. */
    public static final int MAX_SIZE = 4096;

    /** Applies the default channels and checks the fields, naming them. */
    public ImageFolderDataConfig {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("data.path is missing; give the folder holding the images (or their "
                    + "class sub-folders), absolute or relative to the --data directory.");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new IllegalArgumentException("data.size is " + size + ", but it must be from 1 to " + MAX_SIZE
                    + ": the side in pixels of the square the images are resized to (64 suits a DCGAN).");
        }
        channels = channels == null ? 3 : channels;
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("data.channels is " + channels + ", but it must be 1 (grayscale) or 3 "
                    + "(RGB).");
        }
    }

    /** Reads every image of the folder into memory. */
    @Override
    public Dataset open(DataContext context) throws IOException {
        return new ImageFolderReader(context.resolve(path), size, channels, recursive, context.relativeBase()).read();
    }
}
