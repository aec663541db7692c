package dev.gan4j.core.checkpoint;

import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.tensor.Tensor;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The checkpoint file format: a fixed header, then the content, checked by a SHA-256 digest.
 *
 * <pre>
 *   header (52 bytes)  magic "GAN4JCKP" | format version (int32) | content length (int64) | SHA-256 of the content (32 bytes)
 *   content            step (int64)
 *                      config, provenance                          (strings)
 *                      tensors: count, then name, rank, dims, values
 *                      optimiser states: count, then phase name and a float map
 *                      moving-average state                        (a float map)
 *                      random states: count, then name and int64
 *                      data stream state: count, then int64s
 * </pre>
 * Numbers are big-endian; a string is its UTF-8 length (int32) and bytes; a float map is a count,
 * then per entry a key (string), a length (int32) and the float32 values. Writing goes through
 * {@link AtomicFile}, so a reader never sees half a file; reading checks the header, the length
 * and the digest before it parses anything, so a truncated or altered file is an error that says
 * which, never partial data.
 */
public final class CheckpointFile {
    /** The first eight bytes of every checkpoint. */
    static final byte[] MAGIC = "GAN4JCKP".getBytes(StandardCharsets.US_ASCII);
    /** The format version written. */
    static final int VERSION = 2;
    /**
     * The version before parameters were named once, by the system: the same layout, optimiser
     * states under the phases' own names; read and renamed by {@link FormatOneNames}.
     */
    static final int VERSION_ONE = 1;
    /** Magic, version, content length and digest. */
    static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + Long.BYTES + 32;
    /**
     * The fault tests' hook, a system property {@code STEP:MARKER}: a JVM started with
     * {@code -Dgan4j.test.pauseCheckpointWrite=STEP:MARKER} stops half-way through writing the
     * checkpoint of step STEP (the content is in the temporary file, the header is not written and
     * nothing is renamed), creates the file MARKER, and waits there until it is killed. So a test can
     * kill a run inside a checkpoint write on purpose instead of by chance. Unset, nothing pauses.
     */
    public static final String PAUSE_PROPERTY = "gan4j.test.pauseCheckpointWrite";

    private CheckpointFile() {
    }

    /** Writes {@code checkpoint} to {@code file} atomically (temporary file, flush to disk, rename). */
    public static void write(Path file, Checkpoint checkpoint) throws IOException {
        AtomicFile.write(file, channel -> {
            channel.position(HEADER_BYTES);
            MessageDigest digest = sha256();
            CountingOutputStream counter = new CountingOutputStream(Channels.newOutputStream(channel));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new DigestOutputStream(counter, digest), 1 << 16));
            writeContent(out, checkpoint);
            out.flush();
            pauseIfAsked(checkpoint.step());
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            header.put(MAGIC).putInt(VERSION).putLong(counter.count).put(digest.digest()).flip();
            channel.position(0);
            while (header.hasRemaining()) {
                channel.write(header);
            }
        });
    }

    /** Waits here for good when {@link #PAUSE_PROPERTY} names {@code step}, after creating its marker file. */
    private static void pauseIfAsked(long step) throws IOException {
        String asked = System.getProperty(PAUSE_PROPERTY);
        int colon = asked == null ? -1 : asked.indexOf(':');
        if (colon < 0 || !asked.substring(0, colon).equals(Long.toString(step))) {
            return;
        }
        Files.writeString(Path.of(asked.substring(colon + 1)), "paused writing the checkpoint of step " + step + "\n");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The checkpoint write of step " + step + " was paused by "
                    + PAUSE_PROPERTY + " and interrupted.");
        }
    }

    /**
     * Reads and verifies a checkpoint.
     *
     * @throws CorruptCheckpointException naming the file and the problem when it is truncated,
     *                                    altered or not a checkpoint
     * @throws IOException                when it cannot be read at all
     */
    public static Checkpoint read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "the checkpoint file does not exist");
        }
        ByteBuffer content = verifiedContent(file, bytes);
        try {
            Checkpoint checkpoint = readContent(content);
            if (content.hasRemaining()) {
                throw new CorruptCheckpointException(file, "has " + content.remaining() + " unread bytes after its "
                        + "last section; it was not written by this version of gan4j.");
            }
            if (ByteBuffer.wrap(bytes, MAGIC.length, Integer.BYTES).getInt() == VERSION_ONE) {
                return formatOne(file, checkpoint);
            }
            return checkpoint;
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new CorruptCheckpointException(file, "passes its checksum but its content cannot be parsed at byte "
                    + (HEADER_BYTES + content.position()) + " (" + e + "); it was not written by this version of "
                    + "gan4j.");
        }
    }

    private static Checkpoint formatOne(Path file, Checkpoint checkpoint) throws CorruptCheckpointException {
        try {
            return FormatOneNames.upgrade(checkpoint);
        } catch (IllegalArgumentException e) {
            throw new CorruptCheckpointException(file, "is of format version " + VERSION_ONE + ", whose names this "
                    + "gan4j renames, but " + e.getMessage() + "; resume it with the gan4j that wrote it.");
        }
    }

    private static ByteBuffer verifiedContent(Path file, byte[] bytes) throws CorruptCheckpointException {
        if (bytes.length < HEADER_BYTES) {
            throw new CorruptCheckpointException(file, "is truncated: it is " + bytes.length + " bytes long, shorter "
                    + "than the " + HEADER_BYTES + "-byte header.");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        buffer.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new CorruptCheckpointException(file, "is not a gan4j checkpoint: it does not start with \"GAN4JCKP\".");
        }
        int version = buffer.getInt();
        if (version != VERSION && version != VERSION_ONE) {
            throw new CorruptCheckpointException(file, "has format version " + version + ", but this gan4j reads "
                    + "versions " + VERSION_ONE + " and " + VERSION + "; use the gan4j that wrote it.");
        }
        long length = buffer.getLong();
        byte[] expected = new byte[32];
        buffer.get(expected);
        long actual = bytes.length - (long) HEADER_BYTES;
        if (actual < length) {
            throw new CorruptCheckpointException(file, "is truncated: its header announces " + length + " bytes of "
                    + "content but only " + actual + " follow.");
        }
        if (actual > length) {
            throw new CorruptCheckpointException(file, "has " + (actual - length) + " bytes more than the " + length
                    + " bytes of content its header announces; it has been altered.");
        }
        MessageDigest digest = sha256();
        digest.update(bytes, HEADER_BYTES, (int) length);
        byte[] found = digest.digest();
        if (!MessageDigest.isEqual(expected, found)) {
            HexFormat hex = HexFormat.of();
            throw new CorruptCheckpointException(file, "is corrupt: its content's SHA-256 is " + hex.formatHex(found)
                    + " but its header records " + hex.formatHex(expected) + ".");
        }
        return buffer.slice();
    }

    private static void writeContent(DataOutputStream out, Checkpoint c) throws IOException {
        out.writeLong(c.step());
        writeString(out, c.config());
        writeString(out, c.provenance());
        out.writeInt(c.tensors().size());
        for (Map.Entry<String, Tensor> e : c.tensors().entrySet()) {
            writeString(out, e.getKey());
            int[] dims = e.getValue().dims();
            out.writeInt(dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            writeFloats(out, e.getValue().data());
        }
        out.writeInt(c.optimizerStates().size());
        for (Map.Entry<String, Map<String, float[]>> e : c.optimizerStates().entrySet()) {
            writeString(out, e.getKey());
            writeFloatMap(out, e.getValue());
        }
        writeFloatMap(out, c.averageState());
        out.writeInt(c.randomStates().size());
        for (Map.Entry<String, Long> e : c.randomStates().entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
        long[] data = c.dataState();
        out.writeInt(data.length);
        for (long v : data) {
            out.writeLong(v);
        }
    }

    private static Checkpoint readContent(ByteBuffer in) {
        long step = in.getLong();
        String config = readString(in);
        String provenance = readString(in);
        int tensorCount = count(in);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (int i = 0; i < tensorCount; i++) {
            String name = readString(in);
            int[] dims = new int[count(in)];
            for (int d = 0; d < dims.length; d++) {
                dims[d] = dimension(in);
            }
            tensors.put(name, Tensor.of(readFloats(in), dims));
        }
        int optimizerCount = count(in);
        Map<String, Map<String, float[]>> optimizers = new LinkedHashMap<>();
        for (int i = 0; i < optimizerCount; i++) {
            String phase = readString(in);
            optimizers.put(phase, readFloatMap(in));
        }
        Map<String, float[]> average = readFloatMap(in);
        int randomCount = count(in);
        Map<String, Long> randoms = new LinkedHashMap<>();
        for (int i = 0; i < randomCount; i++) {
            String name = readString(in);
            randoms.put(name, in.getLong());
        }
        long[] data = new long[count(in)];
        for (int i = 0; i < data.length; i++) {
            data[i] = in.getLong();
        }
        return new Checkpoint(step, tensors, optimizers, average, randoms, data, config, provenance);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        byte[] bytes = new byte[count(in)];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeFloatMap(DataOutputStream out, Map<String, float[]> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, float[]> e : map.entrySet()) {
            writeString(out, e.getKey());
            writeFloats(out, e.getValue());
        }
    }

    private static Map<String, float[]> readFloatMap(ByteBuffer in) {
        int n = count(in);
        Map<String, float[]> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = readString(in);
            map.put(key, readFloats(in));
        }
        return map;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer chunk = ByteBuffer.allocate(Math.min(values.length, 8192) * Float.BYTES);
        for (int start = 0; start < values.length; start += 8192) {
            int n = Math.min(8192, values.length - start);
            chunk.clear();
            chunk.asFloatBuffer().put(values, start, n);
            out.write(chunk.array(), 0, n * Float.BYTES);
        }
    }

    private static float[] readFloats(ByteBuffer in) {
        int n = count(in);
        if ((long) n * Float.BYTES > in.remaining()) {
            throw new BufferUnderflowException();
        }
        float[] values = new float[n];
        in.asFloatBuffer().get(values);
        in.position(in.position() + n * Float.BYTES);
        return values;
    }

    /** A non-negative count that fits in what is left (each counted item takes at least a byte). */
    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() + 64) {
            throw new IllegalArgumentException("a count of " + n + " with " + in.remaining() + " bytes left");
        }
        return n;
    }

    private static int dimension(ByteBuffer in) {
        int d = in.getInt();
        if (d < 0) {
            throw new IllegalArgumentException("a negative dimension " + d);
        }
        return d;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256, which every Java SE platform must "
                    + "provide.", e);
        }
    }

    /** Counts the bytes passing through, so the header can record the content length. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
