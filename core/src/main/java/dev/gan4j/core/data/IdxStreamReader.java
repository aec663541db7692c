package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads an IDX file (plain or gzip-compressed) a few records at a time, so a file larger than
 * memory can be processed in batches: the header first, then {@link #next(int)} records of
 * [dims[1], ...] values each, as floats. The plain file's length is checked against its header
 * when opened; a truncated compressed file fails when the missing records are read.
 */
public final class IdxStreamReader implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final InputStream in;
    private final IdxReader.Header header;
    private final int recordValues;
    private long read;

    private IdxStreamReader(Path file, InputStream in, IdxReader.Header header) throws IdxFormatException {
        this.file = file;
        this.in = in;
        this.header = header;
        int[] dims = header.dims();
        long values = 1;
        for (int i = 1; i < dims.length; i++) {
            values *= dims[i];
        }
        if (dims.length < 1 || values > Integer.MAX_VALUE / 4) {
            throw new IdxFormatException(IdxReader.capitalise(header.what()) + " has dimensions " + Arrays.toString(dims)
                    + ", so one record would hold more values than an array can; it cannot be read in records.");
        }
        this.recordValues = (int) values;
    }

    /** Opens {@code file} and reads its header. */
    public static IdxStreamReader open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            boolean gzip = b0 == 0x1f && b1 == 0x8b;
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
            return new IdxStreamReader(file, in, IdxReader.readHeader(file, in, gzip ? -1 : Files.size(file), false));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The element type of the file. */
    public IdxType type() {
        return header.type();
    }

    /** The file's dimensions: the number of records, then one record's shape. */
    public int[] dims() {
        return header.dims().clone();
    }

    /** The number of records. */
    public int records() {
        return header.dims()[0];
    }

    /** The records not read yet. */
    public int remaining() {
        return (int) (records() - read);
    }

    /**
     * The next {@code n} records (fewer at the end of the file) as a tensor [n, ...record shape],
     * values as stored (uint8 as 0 to 255).
     *
     * @throws IdxFormatException when the file ends early or is corrupt
     */
    public Tensor next(int n) throws IOException {
        int count = Math.min(n, remaining());
        if (count <= 0) {
            throw new IllegalStateException("All " + records() + " records of " + file + " have been read.");
        }
        float[] values = new float[count * recordValues];
        int[] dims = header.dims().clone();
        dims[0] = count;
        IdxReader.readValues(file, header.what(), in, header.type(), dims, values,
                (long) values.length * header.type().byteSize(), remaining() == count);
        read += count;
        return Tensor.of(values, dims);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
