package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random IDX files (headers of any type code, rank and dimensions, claimed sizes up to 2^31 per
 * axis, with the data cut anywhere) are read or refused with an I/O error that is a sentence; no
 * other exception, and never an allocation of what a lying header claims.
 */
class IdxPropertiesTest {
    /** The number of random files. */
    private static final int CASES = 400;

    @TempDir
    Path temp;

    static Stream<Integer> seeds() {
        return IntStream.range(0, CASES).boxed();
    }

    @ParameterizedTest(name = "random IDX file {0}")
    @MethodSource("seeds")
    void randomHeaderOrTruncationIsReadOrRefusedWithASentence(int seed) throws IOException {
        Random random = new Random(seed);
        int[] typeCodes = {0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E};
        int type = random.nextInt(8) == 0 ? random.nextInt(256) : typeCodes[random.nextInt(typeCodes.length)];
        int rank = random.nextInt(6);
        int[] dims = new int[rank];
        double elements = 1; // a double: what matters is only whether the data fits in 4096 bytes
        for (int d = 0; d < rank; d++) {
            dims[d] = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(4);
                case 1 -> 1 + random.nextInt(20);
                case 2 -> random.nextInt(Integer.MAX_VALUE);
                default -> random.nextInt();
            };
            elements *= Math.max(0, dims[d]);
        }
        int bytesPerValue = switch (type) {
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            case 0x0E -> 8;
            default -> 1;
        };
        long whole = (long) Math.min(elements * bytesPerValue, 4096);
        int dataLength = (int) (random.nextBoolean() ? whole : random.nextInt((int) whole + 1));
        ByteBuffer bytes = ByteBuffer.allocate(4 + 4 * rank + dataLength);
        bytes.put((byte) (random.nextInt(10) == 0 ? random.nextInt(256) : 0)).put((byte) 0).put((byte) type)
                .put((byte) rank);
        for (int d : dims) {
            bytes.putInt(d);
        }
        byte[] data = new byte[dataLength];
        random.nextBytes(data);
        bytes.put(data);
        byte[] file = bytes.array();
        int cut = random.nextInt(5) == 0 ? random.nextInt(file.length + 1) : file.length;
        Path path = temp.resolve("random-" + seed + ".idx");
        Files.write(path, Arrays.copyOf(file, cut));
        try {
            IdxArray array = IdxReader.read(path);
            assertThat(array.dims()).as("what was read is what the header said").hasSize(rank);
        } catch (IOException | IllegalArgumentException e) {
            assertThat(e.getMessage()).as("refusal of " + Arrays.toString(dims)).isNotBlank().endsWith(".");
        }
    }
}
