package dev.gan4j.core.data;

import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.tensor.Tensor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files in an array's element type, gzip-compressed when the name ends in
 * {@code .gz}. The file is written next to its destination under a temporary name and moved into
 * place when complete, so a reader never sees half a file.
 */
public final class IdxWriter {
    private static final int CHUNK = 1 << 16;

    private IdxWriter() {
    }

    /**
     * Writes {@code array} to {@code file}, replacing it. Every value must be representable in the
     * array's type (a whole number in range for the integer types); otherwise nothing is written.
     */
    public static void write(Path file, IdxArray array) throws IOException {
        checkRepresentable(file, array);
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        boolean gzip = absolute.getFileName().toString().endsWith(".gz");
        AtomicFile.write(absolute, channel -> {
            // Not closed here: AtomicFile forces and closes the channel itself.
            OutputStream raw = Channels.newOutputStream(channel);
            GZIPOutputStream zipped = gzip ? new GZIPOutputStream(raw, CHUNK) : null;
            BufferedOutputStream out = new BufferedOutputStream(gzip ? zipped : raw, CHUNK);
            writeTo(out, array);
            out.flush();
            if (zipped != null) {
                zipped.finish();
            }
            raw.flush();
        });
    }

    /** Produces a float32 array one batch (along the first axis) at a time; see {@link #writeBatches}. */
    @FunctionalInterface
    public interface BatchSource {
        /** Hands every batch, in order, to {@code sink}. */
        void produce(Consumer<Tensor> sink) throws IOException;
    }

    /**
     * Writes a float32 IDX file of {@code n} examples that {@code source} produces in batches, each
     * written as it comes, so the file may be far larger than the heap; the header's shape is
     * {@code n} and the first batch's other dimensions. The file appears complete or not at all
     * (written to a temporary file, then moved into place).
     *
     * @throws IllegalArgumentException when the batches do not add up to {@code n} examples of one shape
     */
    public static void writeBatches(Path file, int n, BatchSource source) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        boolean gzip = absolute.getFileName().toString().endsWith(".gz");
        AtomicFile.write(absolute, channel -> {
            OutputStream raw = Channels.newOutputStream(channel);
            GZIPOutputStream zipped = gzip ? new GZIPOutputStream(raw, CHUNK) : null;
            BufferedOutputStream out = new BufferedOutputStream(gzip ? zipped : raw, CHUNK);
            long[] written = {0};
            int[][] shape = {null};
            try {
                source.produce(batch -> {
                    try {
                        int[] dims = batch.dims();
                        if (shape[0] == null) {
                            shape[0] = dims.clone();
                            int[] header = dims.clone();
                            header[0] = n;
                            writeHeader(out, IdxType.FLOAT32, header);
                        } else if (!Arrays.equals(dims, 1, dims.length, shape[0], 1, shape[0].length)) {
                            throw new IllegalArgumentException("Cannot write " + file + ": a batch of shape "
                                    + batch.shape() + " follows batches of " + Arrays.toString(shape[0])
                                    + "; every batch must have the same shape after the first axis.");
                        }
                        written[0] += batch.dim(0);
                        if (written[0] > n) {
                            throw new IllegalArgumentException("Cannot write " + file + ": the batches hold more than"
                                    + " the " + n + " examples its header announces.");
                        }
                        writeValues(out, IdxType.FLOAT32, batch.data());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (written[0] != n) {
                throw new IllegalArgumentException("Cannot write " + file + ": the batches hold " + written[0]
                        + " examples, but its header announces " + n + ".");
            }
            out.flush();
            if (zipped != null) {
                zipped.finish();
            }
            raw.flush();
        });
    }

    /** Writes the header and the values of {@code array} to {@code out}, big-endian. */
    public static void writeTo(OutputStream out, IdxArray array) throws IOException {
        writeHeader(out, array.type(), array.dims());
        writeValues(out, array.type(), array.values());
    }

    private static void writeHeader(OutputStream out, IdxType type, int[] dims) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4 + 4 * dims.length).order(ByteOrder.BIG_ENDIAN);
        header.put((byte) 0).put((byte) 0).put((byte) type.code()).put((byte) dims.length);
        for (int d : dims) {
            header.putInt(d);
        }
        out.write(header.array());
    }

    private static void writeValues(OutputStream out, IdxType type, float[] values) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.BIG_ENDIAN);
        int perChunk = CHUNK / type.byteSize();
        for (int start = 0; start < values.length; start += perChunk) {
            int end = Math.min(values.length, start + perChunk);
            chunk.clear();
            for (int i = start; i < end; i++) {
                float v = values[i];
                switch (type) {
                    case UINT8, INT8 -> chunk.put((byte) (int) v);
                    case INT16 -> chunk.putShort((short) v);
                    case INT32 -> chunk.putInt((int) v);
                    case FLOAT32 -> chunk.putFloat(v);
                    case FLOAT64 -> chunk.putDouble(v);
                    default -> throw new IllegalStateException("Unhandled IDX type " + type + ".");
                }
            }
            out.write(chunk.array(), 0, chunk.position());
        }
    }

    private static void checkRepresentable(Path file, IdxArray array) {
        double low;
        double high;
        switch (array.type()) {
            case UINT8 -> {
                low = 0;
                high = 255;
            }
            case INT8 -> {
                low = Byte.MIN_VALUE;
                high = Byte.MAX_VALUE;
            }
            case INT16 -> {
                low = Short.MIN_VALUE;
                high = Short.MAX_VALUE;
            }
            case INT32 -> {
                low = Integer.MIN_VALUE;
                high = Integer.MAX_VALUE;
            }
            default -> {
                return;
            }
        }
        float[] values = array.values();
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!(v >= low && v <= high) || v != Math.rint(v)) {
                throw new IllegalArgumentException("Cannot write " + file + ": the value " + v + " at index " + i
                        + " is not a whole number from " + (long) low + " to " + (long) high + ", so it cannot be "
                        + "stored as " + array.type().label() + "; round and clamp the values, or write float32.");
            }
        }
    }
}
