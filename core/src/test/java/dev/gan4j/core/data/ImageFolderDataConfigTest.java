package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "image-folder" data type on PNG and JPEG files written by the test. */
class ImageFolderDataConfigTest {
    @TempDir
    Path root;

    private InMemoryDataset open(String path, Integer size, int channels, boolean recursive) throws IOException {
        return (InMemoryDataset) new ImageFolderDataConfig(path, size, channels, recursive)
                .open(new DataContext(root, Map.of()));
    }

    /** A grayscale image whose pixel (x, y) is {@code value(x, y)}. */
    private static BufferedImage gray(int width, int height, java.util.function.IntBinaryOperator value) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, value.applyAsInt(x, y));
            }
        }
        return image;
    }

    private static BufferedImage rgb(int width, int height, int r, int g, int b) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    private Path write(BufferedImage image, String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        String format = relative.endsWith(".png") ? "png" : "jpeg";
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
        return file;
    }

    private static float pixel(int value) {
        return value / 255f * 2f - 1f;
    }

    @Test
    void grayscalePngsKeepTheirExactValuesScaledToMinusOneToOne() throws IOException {
        write(gray(2, 2, (x, y) -> new int[] {0, 51, 128, 255}[2 * y + x]), "plain/a.png");

        InMemoryDataset data = open("plain", null, 1, false);

        assertThat(data.spec().sampleShape()).containsExactly(1, 2, 2);
        assertThat(data.spec().classes()).isZero();
        assertThat(data.labels()).isNull();
        assertThat(data.examples().data()).containsExactly(new float[] {-1f, pixel(51), pixel(128), 1f},
                within(1e-6f));
    }

    @Test
    void classSubFoldersBecomeSortedLabels() throws IOException {
        write(gray(4, 4, (x, y) -> 10), "pets/dogs/d1.png");
        write(gray(4, 4, (x, y) -> 20), "pets/dogs/d2.png");
        write(gray(4, 4, (x, y) -> 30), "pets/cats/c1.png");
        Files.writeString(root.resolve("pets/cats/notes.txt"), "not an image");
        Files.createDirectories(root.resolve("pets/empty"));

        InMemoryDataset data = open("pets", null, 1, false);

        assertThat(data.spec().classes()).isEqualTo(2);
        assertThat(data.labels()).containsExactly(0, 1, 1);
        assertThat(data.examples().get(0, 0, 0, 0)).isCloseTo(pixel(30), within(1e-6f));
        assertThat(data.examples().get(1, 0, 0, 0)).isCloseTo(pixel(10), within(1e-6f));
        assertThat(data.description()).contains("3 images", "2 classes [cats, dogs]");
    }

    @Test
    void rgbImagesGiveThreePlanesOrTheirLumaForOneChannel() throws IOException {
        write(rgb(3, 3, 255, 0, 51), "colour/x/a.png");

        Tensor three = open("colour", null, 3, false).examples();
        Tensor one = open("colour", null, 1, false).examples();

        assertThat(three.dims()).containsExactly(1, 3, 3, 3);
        assertThat(three.get(0, 0, 1, 1)).isCloseTo(1f, within(1e-6f));
        assertThat(three.get(0, 1, 1, 1)).isCloseTo(-1f, within(1e-6f));
        assertThat(three.get(0, 2, 1, 1)).isCloseTo(pixel(51), within(1e-6f));
        float luma = 0.299f + 0.114f * 0.2f;
        assertThat(one.dims()).containsExactly(1, 1, 3, 3);
        assertThat(one.get(0, 0, 2, 2)).isCloseTo(luma * 2 - 1, within(1e-5f));
    }

    @Test
    void grayscaleImagesAreRepeatedIntoThreeChannels() throws IOException {
        write(gray(2, 2, (x, y) -> 51), "g/a.png");

        Tensor images = open("g", null, 3, false).examples();

        assertThat(images.dims()).containsExactly(1, 3, 2, 2);
        assertThat(images.data()).containsOnly(pixel(51));
    }

    @Test
    void resizingShrinksWithAveragingAndKeepsAFlatImageFlat() throws IOException {
        write(gray(8, 8, (x, y) -> 200), "flat/a.png");
        write(gray(8, 8, (x, y) -> x < 4 ? 0 : 255), "halves/a.png");

        Tensor flat = open("flat", 4, 1, false).examples();
        Tensor halves = open("halves", 4, 1, false).examples();

        assertThat(flat.dims()).containsExactly(1, 1, 4, 4);
        float[] expected = new float[16];
        java.util.Arrays.fill(expected, pixel(200));
        assertThat(flat.data()).containsExactly(expected, within(1e-5f));
        for (int y = 0; y < 4; y++) {
            assertThat(halves.get(0, 0, y, 0)).isCloseTo(-1f, within(1e-5f));
            assertThat(halves.get(0, 0, y, 1)).isBetween(-1f, 0f);
            assertThat(halves.get(0, 0, y, 2)).isBetween(0f, 1f);
            assertThat(halves.get(0, 0, y, 3)).isCloseTo(1f, within(1e-5f));
            assertThat(halves.get(0, 0, y, 1) + halves.get(0, 0, y, 2)).isCloseTo(0f, within(1e-5f));
        }
    }

    @Test
    void imagesOfDifferentShapesAreCentreCroppedAndResizedToOneSize() throws IOException {
        write(gray(6, 4, (x, y) -> 40 * x), "mixed/a.png");
        write(gray(10, 10, (x, y) -> 255), "mixed/b.png");
        write(gray(1, 1, (x, y) -> 0), "mixed/c.png");

        Tensor images = open("mixed", 4, 1, false).examples();

        assertThat(images.dims()).containsExactly(3, 1, 4, 4);
        for (int x = 0; x < 4; x++) {
            assertThat(images.get(0, 0, 2, x)).as("column %d comes from column %d", x, x + 1)
                    .isCloseTo(pixel(40 * (x + 1)), within(1e-5f));
        }
        assertThat(images.get(1, 0, 3, 3)).isCloseTo(1f, within(1e-5f));
        assertThat(images.get(2, 0, 0, 0)).isCloseTo(-1f, within(1e-5f));
    }

    @Test
    void jpegImagesAreRead() throws IOException {
        write(rgb(16, 16, 200, 100, 50), "photos/a.jpg");

        Tensor images = open("photos", 8, 3, false).examples();

        assertThat(images.dims()).containsExactly(1, 3, 8, 8);
        assertThat(images.get(0, 0, 4, 4)).isCloseTo(pixel(200), within(0.05f));
        assertThat(images.get(0, 2, 4, 4)).isCloseTo(pixel(50), within(0.05f));
    }

    @Test
    void deeperFoldersCountOnlyWhenRecursive() throws IOException {
        write(gray(2, 2, (x, y) -> 0), "deep/a/top.png");
        write(gray(2, 2, (x, y) -> 0), "deep/a/more/inner.png");

        assertThat(open("deep", null, 1, false).size()).isEqualTo(1);
        assertThat(open("deep", null, 1, true).size()).isEqualTo(2);
    }

    @Test
    void imagesOfDifferentSizesWithoutASizeAreRefusedNamingTheFile() throws IOException {
        write(gray(4, 4, (x, y) -> 0), "uneven/a.png");
        Path odd = write(gray(5, 5, (x, y) -> 0), "uneven/b.png");

        assertThatThrownBy(() -> open("uneven", null, 1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The image " + odd + " is 5x5 pixels")
                .hasMessageContaining("set data.size");
    }

    @Test
    void aFolderWithoutImagesIsAnErrorNamingIt() throws IOException {
        Files.createDirectories(root.resolve("nothing/sub"));
        Files.writeString(root.resolve("nothing/readme.txt"), "hello");

        assertThatThrownBy(() -> open("nothing", 8, 3, false))
                .isInstanceOf(DatasetNotFoundException.class)
                .hasMessageContaining("The image folder " + root.resolve("nothing") + " holds no PNG or JPEG images");
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt() {
        assertThatThrownBy(() -> open("absent", 8, 3, false))
                .isInstanceOf(DatasetNotFoundException.class)
                .hasMessageContaining("The image folder " + root.resolve("absent") + " named by data.path does not "
                        + "exist");
    }

    @Test
    void anUnreadableImageIsAnErrorNamingTheFile() throws IOException {
        write(gray(2, 2, (x, y) -> 0), "broken/a.png");
        Path bad = root.resolve("broken/b.png");
        Files.write(bad, new byte[] {1, 2, 3, 4, 5});

        assertThatThrownBy(() -> open("broken", null, 1, false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("The image " + bad + " cannot be read");
    }

    @Test
    void looseImagesBesideClassFoldersAreRefused() throws IOException {
        write(gray(2, 2, (x, y) -> 0), "both/loose.png");
        write(gray(2, 2, (x, y) -> 0), "both/cls/a.png");

        assertThatThrownBy(() -> open("both", null, 1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds both 1 images (such as loose.png) and class sub-folders [cls]");
    }
}
