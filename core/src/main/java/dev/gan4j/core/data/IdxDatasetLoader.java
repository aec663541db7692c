package dev.gan4j.core.data;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Turns IDX files into an {@link InMemoryDataset}: checks that the examples and labels agree,
 * brings images to [N, C, H, W] and scales the values as {@link IdxDataConfig} says.
 */
final class IdxDatasetLoader {
    private IdxDatasetLoader() {
    }

    /**
     * Loads {@code imagesPath} and, when not null, {@code labelsPath}.
     *
     * @param relativeBase where relative paths were resolved, for the message on a missing file
     */
    static InMemoryDataset load(Path imagesPath, Path labelsPath, String scale, String relativeBase)
            throws IOException {
        requireFile("data.images", imagesPath, relativeBase);
        if (labelsPath != null) {
            requireFile("data.labels", labelsPath, relativeBase);
        }
        IdxArray array = IdxReader.read(imagesPath);
        int[] dims = array.dims();
        int[] sampleShape = switch (dims.length) {
            case 2 -> new int[] {dims[1]};
            case 3 -> new int[] {1, dims[1], dims[2]};
            case 4 -> new int[] {dims[1], dims[2], dims[3]};
            default -> throw new IdxFormatException("The IDX file " + imagesPath + " holds " + array.type().label()
                    + " " + Arrays.toString(dims) + ", but examples must be [N, D] vectors, [N, H, W] images or "
                    + "[N, C, H, W] images.");
        };
        if (dims[0] == 0 || Arrays.stream(sampleShape).anyMatch(d -> d == 0)) {
            throw new IdxFormatException("The IDX file " + imagesPath + " holds " + array.type().label() + " "
                    + Arrays.toString(dims) + ", which has no values; give a file with at least one example.");
        }
        boolean scaleUint8 = scale.equals(IdxDataConfig.SCALE_UINT8)
                || scale.equals(IdxDataConfig.SCALE_AUTO) && array.type() == IdxType.UINT8;
        float[] values = array.values();
        checkValues(imagesPath, array, scaleUint8);
        if (scaleUint8) {
            PixelRange.MINUS_ONE_TO_ONE.scaleInPlace(values);
        }
        int[] labels = labelsPath == null ? null : readLabels(labelsPath, dims[0], imagesPath);
        int classes = labels == null ? 0 : Arrays.stream(labels).max().orElse(-1) + 1;
        String name = "idx:" + imagesPath.getFileName();
        DataSpec spec = new DataSpec(name, sampleShape, classes);
        int[] tensorDims = new int[sampleShape.length + 1];
        tensorDims[0] = dims[0];
        System.arraycopy(sampleShape, 0, tensorDims, 1, sampleShape.length);
        String description = "idx " + imagesPath + ": " + dims[0] + " examples of shape "
                + Arrays.toString(sampleShape) + " (" + array.type().label() + (scaleUint8 ? ", scaled from 0-255 to "
                + "[-1, 1]" : ", values as stored") + ")"
                + (labels == null ? ", unlabelled" : ", " + classes + " classes from " + labelsPath);
        List<DataFileDigest> files = labelsPath == null ? List.of(DataFileDigest.of(imagesPath))
                : List.of(DataFileDigest.of(imagesPath), DataFileDigest.of(labelsPath));
        return new InMemoryDataset(spec, description, Tensor.of(values, tensorDims), labels).withFiles(files);
    }

    private static void requireFile(String field, Path path, String relativeBase) throws DatasetNotFoundException {
        if (!Files.isRegularFile(path)) {
            throw new DatasetNotFoundException("The file " + path + " named by " + field + " "
                    + (Files.isDirectory(path) ? "is a directory, not a file" : "does not exist")
                    + "; check the path (a relative path is resolved against " + relativeBase + ").");
        }
    }

    private static void checkValues(Path path, IdxArray array, boolean scaleUint8) throws IdxFormatException {
        float[] values = array.values();
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!Float.isFinite(v)) {
                throw new IdxFormatException("The IDX file " + path + " holds " + v + " at index " + i
                        + "; training data must be finite numbers.");
            }
            if (scaleUint8 && (v < 0 || v > 255)) {
                throw new IdxFormatException("The IDX file " + path + " holds " + v + " at index " + i + ", outside "
                        + "0 to 255, so it cannot be scaled as 8-bit pixels with data.scale \"uint8\"; use \"none\" "
                        + "for data already in range.");
            }
        }
    }

    private static int[] readLabels(Path labelsPath, int examples, Path imagesPath) throws IOException {
        IdxArray array = IdxReader.read(labelsPath);
        if (array.rank() != 1 || array.dim(0) != examples) {
            throw new IdxFormatException("The labels file " + labelsPath + " holds " + array.type().label() + " "
                    + Arrays.toString(array.dims()) + ", but [" + examples + "] was expected: one label per example "
                    + "in " + imagesPath + ".");
        }
        float[] values = array.values();
        int[] labels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!(v >= 0) || v != Math.rint(v) || v > (1 << 24)) {
                throw new IdxFormatException("The labels file " + labelsPath + " holds " + v + " at index " + i
                        + ", but labels are whole numbers from 0 (the class index).");
            }
            labels[i] = (int) v;
        }
        return labels;
    }
}
