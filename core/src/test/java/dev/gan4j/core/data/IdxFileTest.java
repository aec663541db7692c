package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdxFileTest {
    @TempDir
    Path dir;

    /** Values every type holds exactly, including each type's extremes. */
    private static float[] sampleValues(IdxType type, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (type) {
                case UINT8 -> (i * 37) % 256;
                case INT8 -> (i * 37) % 256 - 128;
                case INT16 -> (i * 4099) % 65536 - 32768;
                case INT32 -> (i % 2 == 0 ? 1 : -1) * (float) (i * 123457L % (1 << 24));
                case FLOAT32, FLOAT64 -> (float) Math.sin(i) * 1e3f;
            };
        }
        v[0] = switch (type) {
            case UINT8 -> 255;
            case INT8 -> -128;
            case INT16 -> -32768;
            case INT32 -> -2147483648f;
            case FLOAT32, FLOAT64 -> Float.MIN_VALUE;
        };
        return v;
    }

    @ParameterizedTest
    @EnumSource(IdxType.class)
    void writtenFileReadsBackIdentically(IdxType type) throws IOException {
        IdxArray array = new IdxArray(type, sampleValues(type, 2 * 3 * 5 * 7), 2, 3, 5, 7);
        Path file = dir.resolve("a-" + type + ".idx");
        IdxWriter.write(file, array);
        assertThat(Files.size(file)).isEqualTo(4 + 4 * 4 + (long) array.size() * type.byteSize());

        IdxArray read = IdxReader.read(file);

        assertThat(read.type()).isEqualTo(type);
        assertThat(read.dims()).containsExactly(2, 3, 5, 7);
        assertThat(read.values()).isEqualTo(array.values());
    }

    @ParameterizedTest
    @EnumSource(IdxType.class)
    void gzipFileReadsBackIdentically(IdxType type) throws IOException {
        IdxArray array = new IdxArray(type, sampleValues(type, 70_001), 70_001);
        Path file = dir.resolve("b-" + type + ".idx.gz");
        IdxWriter.write(file, array);
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 0x1f);

        IdxArray read = IdxReader.read(file);

        assertThat(read.type()).isEqualTo(type);
        assertThat(read.values()).isEqualTo(array.values());
    }

    @Test
    void float32TensorOfRankFourRoundTrips() throws IOException {
        Tensor samples = Tensor.randn(new Rng(3), 4, 1, 28, 28);
        Path file = dir.resolve("samples.idx");
        IdxWriter.write(file, IdxArray.fromTensor(samples));
        IdxArray read = IdxReader.read(file);
        assertThat(read.type()).isEqualTo(IdxType.FLOAT32);
        assertThat(read.toTensor().dims()).containsExactly(4, 1, 28, 28);
        assertThat(read.values()).isEqualTo(samples.data());
    }

    @Test
    void rankZeroAndEmptyArraysRoundTrip() throws IOException {
        Path scalar = dir.resolve("scalar.idx");
        IdxWriter.write(scalar, new IdxArray(IdxType.FLOAT64, new float[] {2.5f}));
        assertThat(IdxReader.read(scalar).values()).containsExactly(2.5f);
        Path empty = dir.resolve("empty.idx");
        IdxWriter.write(empty, new IdxArray(IdxType.UINT8, new float[0], 0, 28));
        assertThat(IdxReader.read(empty).dims()).containsExactly(0, 28);
    }

    @Test
    void float64ValuesAreRoundedToFloat() throws IOException {
        ByteArrayOutputStream bytes = header(0x0E, 2);
        writeDouble(bytes, 0.1);
        writeDouble(bytes, -1e300);
        Path file = dir.resolve("doubles.idx");
        Files.write(file, bytes.toByteArray());
        assertThat(IdxReader.read(file).values()).containsExactly(0.1f, Float.NEGATIVE_INFINITY);
    }

    @Test
    void truncatedPlainFileNamesTheFileAndBothSizes() throws IOException {
        Path file = dir.resolve("images.idx");
        IdxWriter.write(file, new IdxArray(IdxType.UINT8, new float[60], 3, 4, 5));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 7));

        assertThatThrownBy(() -> IdxReader.read(file)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("has 69 bytes")
                .hasMessageContaining("calls for 76 bytes")
                .hasMessageContaining("truncated");
    }

    @Test
    void plainFileWithExtraBytesIsRejected() throws IOException {
        Path file = dir.resolve("long.idx");
        IdxWriter.write(file, new IdxArray(IdxType.UINT8, new float[4], 4));
        Files.write(file, new byte[] {1, 2}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> IdxReader.read(file)).hasMessageContaining("followed by extra bytes");
    }

    @Test
    void truncatedGzipDataNamesTheFileAndTheExpectedAndFoundSizes() throws IOException {
        ByteArrayOutputStream idx = header(0x0D, 1000);
        idx.write(new byte[4 * 600]);
        Path file = dir.resolve("short.idx.gz");
        Files.write(file, gzip(idx.toByteArray()));

        assertThatThrownBy(() -> IdxReader.read(file)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("calls for 4000 bytes of data, but it holds only 2400");
    }

    @Test
    void cutGzipStreamIsReportedAsTruncatedOrCorrupt() throws IOException {
        Path file = dir.resolve("cut.idx.gz");
        IdxWriter.write(file, new IdxArray(IdxType.FLOAT32, sampleValues(IdxType.FLOAT32, 50_000), 50_000));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> IdxReader.read(file)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("truncated or corrupt")
                .hasMessageContaining("calls for 200000 bytes of data");
    }

    @Test
    void badMagicNumberIsRejected() throws IOException {
        Path file = dir.resolve("picture.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThatThrownBy(() -> IdxReader.read(file)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not an IDX file")
                .hasMessageContaining("0x89504E47");
    }

    @Test
    void unknownElementTypeIsRejectedWithTheKnownOnes() throws IOException {
        Path file = dir.resolve("odd.idx");
        Files.write(file, new byte[] {0, 0, 0x0A, 1, 0, 0, 0, 0});
        assertThatThrownBy(() -> IdxReader.read(file)).hasMessageContaining("element type code 0x0A")
                .hasMessageContaining("0x08 (uint8)").hasMessageContaining("0x0E (float64)");
    }

    @Test
    void fileShorterThanItsDimensionsIsRejected() throws IOException {
        Path file = dir.resolve("dims.idx");
        Files.write(file, new byte[] {0, 0, 0x08, 3, 0, 0, 0, 5});
        assertThatThrownBy(() -> IdxReader.read(file)).hasMessageContaining("announces 3 dimensions (12 bytes)")
                .hasMessageContaining("only 4 bytes");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = dir.resolve("empty.idx");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> IdxReader.read(file)).hasMessageContaining("holds only 0 bytes");
    }

    @Test
    void writerRejectsAValueTheTypeCannotHoldAndWritesNothing() {
        Path file = dir.resolve("bad.idx");
        IdxArray array = new IdxArray(IdxType.UINT8, new float[] {0, 255, 256}, 3);
        assertThatThrownBy(() -> IdxWriter.write(file, array))
                .hasMessageContaining("value 256.0 at index 2").hasMessageContaining("uint8");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void writerReplacesAnExistingFile() throws IOException {
        Path file = dir.resolve("x.idx");
        IdxWriter.write(file, new IdxArray(IdxType.FLOAT32, new float[] {1, 2, 3}, 3));
        IdxWriter.write(file, new IdxArray(IdxType.FLOAT32, new float[] {4}, 1));
        assertThat(IdxReader.read(file).values()).containsExactly(4);
        assertThat(dir.toFile().list()).containsExactly("x.idx");
    }

    @Test
    void labelsReadAsInts() throws IOException {
        Path file = dir.resolve("labels.idx");
        IdxWriter.write(file, new IdxArray(IdxType.UINT8, new float[] {9, 0, 3}, 3));
        assertThat(IdxReader.read(file).toIntArray()).containsExactly(9, 0, 3);
    }

    private static ByteArrayOutputStream header(int typeCode, int... dims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(0);
        out.write(typeCode);
        out.write(dims.length);
        for (int d : dims) {
            writeInt(out, d);
        }
        return out;
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeDouble(ByteArrayOutputStream out, double v) {
        long bits = Double.doubleToLongBits(v);
        writeInt(out, (int) (bits >>> 32));
        writeInt(out, (int) bits);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
