package dev.gan4j.core.eval;

import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxReader;
import dev.gan4j.core.data.IdxType;
import dev.gan4j.core.data.PixelRange;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads samples or reference images to evaluate from an IDX file (gz or plain): float32 values
 * must already be in [-1, 1] (what {@code gan4j sample} writes, and a tanh generator makes);
 * uint8 values (0 to 255, as Fashion-MNIST ships) are scaled to [-1, 1]. Images are [N, C, H, W];
 * a file of [N, H, W] is read as one channel, [N, 1, H, W].
 */
public final class SampleFile {
    /** How far outside [-1, 1] a float value may lie (rounding in another framework's tanh). */
    static final float RANGE_TOLERANCE = 1e-3f;

    private SampleFile() {
    }

    /**
     * The images in {@code file}, as a tensor [N, ...] in [-1, 1].
     *
     * @param what what the file is, for messages ("the samples", "the reference")
     * @throws IllegalArgumentException naming the file and the value when float values lie
     *                                  outside [-1, 1], or the file holds a single dimension
     */
    public static Tensor read(Path file, String what) throws IOException {
        IdxArray array = IdxReader.read(file);
        float[] values = array.values();
        if (array.type() == IdxType.UINT8) {
            PixelRange.MINUS_ONE_TO_ONE.scaleInPlace(values);
        } else {
            for (int i = 0; i < values.length; i++) {
                float v = values[i];
                if (!(v >= -1 - RANGE_TOLERANCE && v <= 1 + RANGE_TOLERANCE)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s file %s holds the value %s at "
                            + "index %d, but %s values must lie in [-1, 1] (scale images x in [0, 1] as 2x - 1, and "
                            + "8-bit images may be stored as uint8).", capitalised(what), file, v, i,
                            array.type().label()));
                }
            }
        }
        int[] dims = array.dims();
        if (dims.length < 2) {
            throw new IllegalArgumentException(capitalised(what) + " file " + file + " has shape "
                    + java.util.Arrays.toString(dims) + "; it must hold N samples, [N, C, H, W] images or [N, D] vectors.");
        }
        if (dims.length == 3) {
            dims = new int[] {dims[0], 1, dims[1], dims[2]};
        }
        return Tensor.of(values, dims);
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
