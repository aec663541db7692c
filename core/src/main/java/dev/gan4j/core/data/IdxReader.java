package dev.gan4j.core.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, plain or gzip-compressed (recognised by content, not by name), of any element
 * type and rank.
 *
 * <p>The header is checked before any data is read: the magic number (two zero bytes, a known
 * type code, the rank), and, for a plain file, that the file holds exactly the bytes its
 * dimensions call for. A compressed file is checked as it is decompressed. A truncated or corrupt
 * file is an {@link IdxFormatException} naming the file and the expected and found sizes; partial
 * data is never returned.
 */
public final class IdxReader {
    private static final int CHUNK = 1 << 16;

    private IdxReader() {
    }

    /** Reads the whole file. */
    public static IdxArray read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                try (InputStream in = new BufferedInputStream(new GZIPInputStream(raw, CHUNK), CHUNK)) {
                    return readStream(file, in, -1);
                }
            }
            return readStream(file, raw, Files.size(file));
        }
    }

    /**
     * Reads an IDX stream; {@code fileLength} is the length of a plain file (checked against the
     * header before reading) or -1 for a compressed one.
     */
    static Header readHeader(Path file, InputStream in, long fileLength, boolean oneArray) throws IOException {
        String what = fileLength < 0 ? "the gzip-compressed IDX file " + file : "the IDX file " + file;
        byte[] magic = new byte[4];
        int got = readFully(file, in, magic, 0, 4);
        if (got < 4) {
            throw new IdxFormatException(capitalise(what) + " is truncated: an IDX file starts with a 4-byte magic "
                    + "number, but it holds only " + got + " bytes.");
        }
        if (magic[0] != 0 || magic[1] != 0) {
            throw new IdxFormatException(capitalise(what) + " is not an IDX file: its magic number "
                    + String.format("0x%02X%02X%02X%02X", magic[0], magic[1], magic[2], magic[3])
                    + " should start with two zero bytes.");
        }
        IdxType type = IdxType.fromCode(magic[2] & 0xFF);
        if (type == null) {
            throw new IdxFormatException(capitalise(what) + String.format(" has the element type code 0x%02X", magic[2])
                    + " in its magic number, which is none of the IDX types " + IdxType.describeAll() + ".");
        }
        int rank = magic[3] & 0xFF;
        byte[] dimBytes = new byte[4 * rank];
        got = readFully(file, in, dimBytes, 0, dimBytes.length);
        if (got < dimBytes.length) {
            throw new IdxFormatException(capitalise(what) + " is truncated: its magic number announces " + rank
                    + " dimensions (" + dimBytes.length + " bytes), but only " + got + " bytes of them follow.");
        }
        int[] dims = new int[rank];
        ByteBuffer dimBuffer = ByteBuffer.wrap(dimBytes).order(ByteOrder.BIG_ENDIAN);
        long count = 1;
        for (int i = 0; i < rank; i++) {
            dims[i] = dimBuffer.getInt();
            if (dims[i] < 0) {
                throw new IdxFormatException(capitalise(what) + " is corrupt: dimension " + i + " is "
                        + Integer.toUnsignedString(dims[i]) + ", more than 2^31 - 1.");
            }
            count *= dims[i];
            if (oneArray && count > Integer.MAX_VALUE) {
                throw new IdxFormatException(capitalise(what) + " has dimensions " + Arrays.toString(dims)
                        + " (so far) holding more than 2^31 - 1 values, more than one float array can hold.");
            }
        }
        long dataBytes = count * type.byteSize();
        long headerBytes = 4L + 4L * rank;
        if (fileLength >= 0 && fileLength != headerBytes + dataBytes) {
            throw new IdxFormatException(capitalise(what) + " has " + fileLength + " bytes, but its header ("
                    + type.label() + " " + Arrays.toString(dims) + ") calls for " + (headerBytes + dataBytes)
                    + " bytes: " + headerBytes + " of header and " + dataBytes + " of data. The file is "
                    + (fileLength < headerBytes + dataBytes ? "truncated" : "followed by extra bytes")
                    + "; replace it with a complete copy.");
        }
        return new Header(what, type, dims, count, dataBytes);
    }

    /**
     * The header of an IDX stream, read and checked against the file's length.
     *
     * @param what      the file as messages name it ("the IDX file x.idx")
     * @param type      the element type
     * @param dims      the dimensions
     * @param count     the number of values
     * @param dataBytes the number of bytes of values after the header
     */
    record Header(String what, IdxType type, int[] dims, long count, long dataBytes) {
    }

    private static IdxArray readStream(Path file, InputStream in, long fileLength) throws IOException {
        Header h = readHeader(file, in, fileLength, true);
        float[] values = new float[(int) h.count()];
        readValues(file, h.what(), in, h.type(), h.dims(), values, h.dataBytes(), true);
        return new IdxArray(h.type(), values, h.dims());
    }
    /**
     * Reads {@code dataBytes} bytes of values into {@code values}; with {@code last}, also checks that
     * the stream ends there.
     */
    static void readValues(Path file, String what, InputStream in, IdxType type, int[] dims, float[] values,
            long dataBytes, boolean last) throws IOException {
        byte[] chunk = new byte[CHUNK];
        long done = 0;
        int next = 0;
        while (done < dataBytes) {
            int want = (int) Math.min(CHUNK, dataBytes - done);
            int got;
            try {
                got = in.readNBytes(chunk, 0, want);
            } catch (EOFException | ZipException e) {
                throw new IdxFormatException(capitalise(what) + " is truncated or corrupt: its header ("
                        + type.label() + " " + Arrays.toString(dims) + ") calls for " + dataBytes
                        + " bytes of data, but decompression failed (" + e.getMessage() + ") after at least "
                        + done + " bytes; replace it with a complete copy.", e);
            }
            if (got < want) {
                throw new IdxFormatException(capitalise(what) + " is truncated: its header (" + type.label() + " "
                        + Arrays.toString(dims) + ") calls for " + dataBytes + " bytes of data, but it holds only "
                        + (done + got) + ".");
            }
            next = decode(type, chunk, want, values, next);
            done += want;
        }
        if (!last) {
            return;
        }
        int after;
        try {
            after = in.read();
        } catch (EOFException | ZipException e) {
            throw new IdxFormatException(capitalise(what) + " is truncated or corrupt: all " + dataBytes
                    + " bytes of data were read, but the gzip stream does not end properly (" + e.getMessage()
                    + "); replace it with a complete copy.", e);
        }
        if (after != -1) {
            throw new IdxFormatException(capitalise(what) + " has bytes after the " + dataBytes + " bytes of data its "
                    + "header (" + type.label() + " " + Arrays.toString(dims) + ") calls for; it is corrupt.");
        }
    }

    /** Converts {@code length} bytes (a whole number of elements) to floats at {@code values[offset]}. */
    static int decode(IdxType type, byte[] bytes, int length, float[] values, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length).order(ByteOrder.BIG_ENDIAN);
        int n = length / type.byteSize();
        switch (type) {
            case UINT8 -> {
                for (int i = 0; i < n; i++) {
                    values[offset + i] = bytes[i] & 0xFF;
                }
            }
            case INT8 -> {
                for (int i = 0; i < n; i++) {
                    values[offset + i] = bytes[i];
                }
            }
            case INT16 -> {
                for (int i = 0; i < n; i++) {
                    values[offset + i] = buffer.getShort();
                }
            }
            case INT32 -> {
                for (int i = 0; i < n; i++) {
                    values[offset + i] = buffer.getInt();
                }
            }
            case FLOAT32 -> buffer.asFloatBuffer().get(values, offset, n);
            case FLOAT64 -> {
                for (int i = 0; i < n; i++) {
                    values[offset + i] = (float) buffer.getDouble();
                }
            }
            default -> throw new IllegalStateException("Unhandled IDX type " + type + ".");
        }
        return offset + n;
    }

    /** Reads up to {@code length} bytes, returning fewer only at the end of the stream. */
    private static int readFully(Path file, InputStream in, byte[] into, int offset, int length) throws IOException {
        try {
            return in.readNBytes(into, offset, length);
        } catch (EOFException | ZipException e) {
            throw new IdxFormatException("The gzip-compressed IDX file " + file + " is truncated or corrupt: "
                    + "decompression failed (" + e.getMessage() + "); replace it with a complete copy.", e);
        }
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
