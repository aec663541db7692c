package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;

/** Image files written by the tests, and the comparison of translation rows with translations made in one JVM. */
final class TestImages {
    private TestImages() {
    }

    /** {@code n} grey PNGs of {@code side}×{@code side} random pixels, {@code dir/img00.png}, ... */
    static Path greyPngs(Path dir, int n, int side, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    image.getRaster().setSample(x, y, 0, random.nextInt(256));
                }
            }
            ImageIO.write(image, "png", dir.resolve(String.format("img%02d.png", i)).toFile());
        }
        return dir;
    }

    /** A colour image of random pixels written as {@code format} (png or jpg) to {@code file}. */
    static Path colourImage(Path file, int side, long seed, String format) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    /** A file named like a PNG that holds no image. */
    static Path corruptPng(Path file) throws IOException {
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2});
        return file;
    }

    /** The rows' translations by the file name of their path (the last part of it). */
    static Map<String, Row> byFileName(List<Row> rows, java.util.function.Function<Row, String> path) {
        Map<String, Row> map = new TreeMap<>();
        for (Row row : rows) {
            String p = path.apply(row);
            map.put(p.substring(p.lastIndexOf('/') + 1), row);
        }
        return map;
    }

    /** The translation in {@code row} equals image {@code index} of {@code expected} bit for bit. */
    static void assertTranslation(Row row, Tensor expected, int index) {
        assertThat(row.<String>getAs(TranslateJob.ERROR)).isNull();
        List<Float> got = row.getList(row.fieldIndex(TranslateJob.TRANSLATION));
        int per = expected.size() / expected.dim(0);
        assertThat(got).hasSize(per);
        float[] want = expected.data();
        for (int k = 0; k < per; k++) {
            if (Float.floatToRawIntBits(want[index * per + k]) != Float.floatToRawIntBits(got.get(k))) {
                throw new AssertionError("Image " + index + ", value " + k + ": expected " + want[index * per + k]
                        + " but the Spark row has " + got.get(k) + ".");
            }
        }
    }
}
