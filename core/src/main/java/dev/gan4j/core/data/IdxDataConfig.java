package dev.gan4j.core.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Any dataset stored as IDX files given by path:
 * {@code {"type": "idx", "images": "x.idx", "labels": "y.idx", "scale": "uint8"}}. The examples
 * file holds [N, H, W] images (read as [N, 1, H, W]), [N, C, H, W] images or [N, D] vectors, in
 * any IDX element type (uint8 and float32 are the usual ones), plain or gzip-compressed. Relative
 * paths are resolved against the --data directory when one is given, otherwise against the working
 * directory.
 *
 * @param images the examples file (required)
 * @param labels a file of N whole-number labels from 0 ([N]), or absent for unlabelled data
 * @param scale  {@code "uint8"}: values are 0 to 255 and are scaled to [-1, 1];
 *               {@code "none"}: values are used as they are (float data already in range);
 *               {@code "auto"} (the default): {@code "uint8"} for a uint8 file, {@code "none"}
 *               for any other element type
 */
public record IdxDataConfig(String images, String labels, String scale) implements DataConfig {
    /** The type name in a run config. */
    public static final String TYPE = "idx";
    /** Scale 0-255 values to [-1, 1]. */
    public static final String SCALE_UINT8 = "uint8";
    /** Use the values as they are. */
    public static final String SCALE_NONE = "none";
    /** {@link #SCALE_UINT8} for uint8 files, {@link #SCALE_NONE} otherwise. */
    public static final String SCALE_AUTO = "auto";

    /** Applies the default scale and checks the fields, naming them. */
    public IdxDataConfig {
        if (images == null || images.isBlank()) {
            throw new IllegalArgumentException("data.images is missing; give the path of an IDX file of examples "
                    + "([N, H, W], [N, C, H, W] or [N, D]), absolute or relative to the --data directory.");
        }
        if (labels != null && labels.isBlank()) {
            throw new IllegalArgumentException("data.labels is blank; give the path of an IDX file of labels, or "
                    + "leave the field out for unlabelled data.");
        }
        scale = scale == null ? SCALE_AUTO : scale;
        if (!scale.equals(SCALE_UINT8) && !scale.equals(SCALE_NONE) && !scale.equals(SCALE_AUTO)) {
            throw new IllegalArgumentException("data.scale is \"" + scale + "\", but it must be \"uint8\" (values 0 to "
                    + "255, scaled to [-1, 1]), \"none\" (values used as they are) or \"auto\" (uint8 for uint8 files, "
                    + "none otherwise).");
        }
    }

    /** Reads the files, resolved against the context's --data directory or the working directory. */
    @Override
    public Dataset open(DataContext context) throws IOException {
        Path imagesPath = context.resolve(images);
        Path labelsPath = labels == null ? null : context.resolve(labels);
        return IdxDatasetLoader.load(imagesPath, labelsPath, scale, context.relativeBase());
    }
}
