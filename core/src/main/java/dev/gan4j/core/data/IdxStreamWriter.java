package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a float32 IDX file a few records at a time, so output larger than memory can be written
 * in batches: the header (with the number of records, known in advance) when opened, then the
 * records as they come. The file is written beside its target and moved into place by
 * {@link #close()} only when every announced record was written, so a failed run leaves no
 * partial file under the target's name. A name ending in {@code .gz} is gzip-compressed.
 */
public final class IdxStreamWriter implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private final GZIPOutputStream zipped;
    private final int[] dims;
    private final int recordValues;
    private long written;
    private boolean failed;

    private IdxStreamWriter(Path target, Path partial, OutputStream raw, int[] dims) throws IOException {
        this.target = target;
        this.partial = partial;
        this.zipped = target.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, BUFFER) : null;
        this.out = new BufferedOutputStream(zipped != null ? zipped : raw, BUFFER);
        this.dims = dims.clone();
        int values = 1;
        for (int i = 1; i < dims.length; i++) {
            values *= dims[i];
        }
        this.recordValues = values;
        ByteBuffer header = ByteBuffer.allocate(4 + 4 * dims.length).order(ByteOrder.BIG_ENDIAN);
        header.put((byte) 0).put((byte) 0).put((byte) IdxType.FLOAT32.code()).put((byte) dims.length);
        for (int d : dims) {
            header.putInt(d);
        }
        out.write(header.array());
    }

    /**
     * Starts a float32 file of the given dimensions (records first) at {@code file}.
     *
     * @throws IllegalArgumentException when a dimension is negative or there is no record axis
     */
    public static IdxStreamWriter create(Path file, int... dims) throws IOException {
        if (dims.length < 1 || Arrays.stream(dims).anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("An IDX file needs a record count and a record shape, all 0 or more, "
                    + "but got " + Arrays.toString(dims) + ".");
        }
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        return new IdxStreamWriter(target, partial, Files.newOutputStream(partial), dims);
    }

    /**
     * Appends records [n, ...record shape].
     *
     * @throws IllegalArgumentException naming both shapes when the records do not fit the file, or
     *                                  when they would be more than announced
     */
    public void append(Tensor records) throws IOException {
        int[] shape = records.dims();
        if (shape.length != dims.length || !Arrays.equals(Arrays.copyOfRange(shape, 1, shape.length),
                Arrays.copyOfRange(dims, 1, dims.length))) {
            failed = true;
            throw new IllegalArgumentException("The IDX file " + target + " holds records of shape "
                    + Arrays.toString(Arrays.copyOfRange(dims, 1, dims.length)) + ", but was given " + records.shape()
                    + ".");
        }
        if (written + shape[0] > dims[0]) {
            failed = true;
            throw new IllegalArgumentException("The IDX file " + target + " announces " + dims[0] + " records, but "
                    + (written + shape[0]) + " were given.");
        }
        ByteBuffer chunk = ByteBuffer.allocate(records.size() * 4).order(ByteOrder.BIG_ENDIAN);
        chunk.asFloatBuffer().put(records.data(), 0, shape[0] * recordValues);
        out.write(chunk.array());
        written += shape[0];
    }

    /** Marks the file as abandoned (a failure while producing records): {@link #close()} then removes it quietly. */
    public void discard() {
        failed = true;
    }

    /** The records written so far. */
    public long written() {
        return written;
    }

    /**
     * Finishes the file and moves it into place when all announced records were written; otherwise
     * removes it.
     *
     * @throws IllegalStateException when fewer records were written than announced
     */
    @Override
    public void close() throws IOException {
        try {
            out.flush();
            if (zipped != null) {
                zipped.finish();
            }
        } finally {
            out.close();
        }
        if (failed || written != dims[0]) {
            Files.deleteIfExists(partial);
            if (!failed) {
                throw new IllegalStateException("The IDX file " + target + " announces " + dims[0] + " records, but "
                        + written + " were written; it was not kept.");
            }
            return;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
