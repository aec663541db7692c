package dev.gan4j.runtime.onnx.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and truncations of an exported model, opened and (where they open) run by
 * {@link OnnxGenerator}: each opens and runs, or ends in gan4j's {@link OnnxModelException} or an
 * argument or state error, with a sentence; no other exception and no crash of the native runtime.
 */
class OnnxModelCorruptionPropertiesTest {
    private static final int RANDOM_FILES = 200;

    @TempDir
    static Path dir;

    private static byte[] intact;

    @BeforeAll
    static void exportASmallGenerator() throws Exception {
        Rng rng = new Rng(5);
        Sequential network = new Sequential(new Linear(3, 8, rng), new LeakyReLU(0.2f), new Linear(8, 4, rng),
                new Tanh());
        network.train(false);
        ExportablePart part = ExportablePart.generator("generator", network, 3, new int[] {4});
        intact = Files.readAllBytes(new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve("generator.onnx")));
    }

    @Test
    void randomBytesAreRefusedWithASentence() throws IOException {
        Random random = new Random(17);
        int opened = 0;
        for (int i = 0; i < RANDOM_FILES; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            opened += openAndRun(bytes, "random file " + i + " of " + bytes.length + " bytes") ? 1 : 0;
        }
        System.out.printf("ONNX random bytes: %d cases, %d opened, the rest refused with a sentence.%n", RANDOM_FILES,
                opened);
        assertThat(opened).isZero();
    }

    @Test
    void everyTruncationOpensOrIsRefusedWithASentence() throws IOException {
        int opened = 0;
        for (int length = 0; length < intact.length; length++) {
            opened += openAndRun(Arrays.copyOf(intact, length), "truncated to " + length + " of " + intact.length)
                    ? 1 : 0;
        }
        System.out.printf("ONNX truncations: %d cases (every length of a %d-byte model), %d opened.%n", intact.length,
                intact.length, opened);
    }

    /** Opens and runs the bytes as a model; true when it opened, false when refused with a sentence. */
    private static boolean openAndRun(byte[] bytes, String what) throws IOException {
        Path file = dir.resolve("corrupt.onnx");
        Files.write(file, bytes);
        try (OnnxGenerator generator = OnnxGenerator.open(file)) {
            try {
                generator.sample(3, 1);
            } catch (IllegalArgumentException | IllegalStateException e) {
                assertSentence(e, what);
            }
            return true;
        } catch (OnnxModelException | IllegalArgumentException | IllegalStateException e) {
            assertSentence(e, what);
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError(what + " threw " + e + ", not a gan4j error with a sentence.", e);
        }
    }

    private static void assertSentence(Exception e, String what) {
        assertThat(e.getMessage()).as(what + ": " + e).isNotBlank().endsWith(".");
    }
}
