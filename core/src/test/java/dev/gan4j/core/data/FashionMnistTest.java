package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {
    @TempDir
    Path root;

    /** Writes a tiny test split (3 images) into {@code directory}, the images gzip-compressed. */
    private static void writeTinyTestSplit(Path directory, float firstPixel) throws IOException {
        float[] pixels = new float[3 * 28 * 28];
        pixels[0] = firstPixel;
        pixels[pixels.length - 1] = 255;
        IdxWriter.write(directory.resolve("t10k-images-idx3-ubyte.gz"), new IdxArray(IdxType.UINT8, pixels, 3, 28, 28));
        IdxWriter.write(directory.resolve("t10k-labels-idx1-ubyte"), new IdxArray(IdxType.UINT8,
                new float[] {9, 0, 4}, 3));
    }

    @Test
    void explicitDirectoryComesFirst() throws IOException {
        Path explicit = Files.createDirectories(root.resolve("explicit"));
        Path fromEnv = Files.createDirectories(root.resolve("env"));
        Path system = Files.createDirectories(root.resolve("system"));
        for (Path p : new Path[] {explicit, fromEnv, system}) {
            writeTinyTestSplit(p, 1);
        }
        FashionMnistLocator locator = new FashionMnistLocator(explicit, Map.of("GAN4J_DATA", fromEnv.toString()),
                system);
        assertThat(locator.locate(FashionMnist.Split.TEST)).isEqualTo(explicit);
    }

    @Test
    void environmentVariableComesBeforeTheSystemDirectoryAndMayHoldAFashionMnistSubdirectory()
            throws IOException {
        Path fromEnv = Files.createDirectories(root.resolve("env/fashion-mnist"));
        Path system = Files.createDirectories(root.resolve("system"));
        writeTinyTestSplit(fromEnv, 1);
        writeTinyTestSplit(system, 1);
        FashionMnistLocator locator = new FashionMnistLocator(root.resolve("nowhere"),
                Map.of("GAN4J_DATA", root.resolve("env").toString()), system);
        assertThat(locator.locate(FashionMnist.Split.TEST)).isEqualTo(fromEnv);
    }

    @Test
    void systemDirectoryIsTheLastResort() throws IOException {
        Path system = Files.createDirectories(root.resolve("system"));
        writeTinyTestSplit(system, 1);
        FashionMnistLocator locator = new FashionMnistLocator(null, Map.of(), system);
        assertThat(locator.locate(FashionMnist.Split.TEST)).isEqualTo(system);
    }

    @Test
    void directoryWithOnlyOneSplitDoesNotHoldTheOther() throws IOException {
        Path system = Files.createDirectories(root.resolve("system"));
        writeTinyTestSplit(system, 1);
        FashionMnistLocator locator = new FashionMnistLocator(null, Map.of(), system);
        assertThatThrownBy(() -> locator.locate(FashionMnist.Split.TRAIN))
                .isInstanceOf(DatasetNotFoundException.class)
                .hasMessageContaining("train-images-idx3-ubyte[.gz]");
    }

    @Test
    void missingDataNamesTheThreePlacesAndHowToInstall() throws IOException {
        Path explicit = Files.createDirectories(root.resolve("given"));
        Path fromEnv = root.resolve("unset-env");
        Path system = root.resolve("usr-share");
        FashionMnistLocator locator = new FashionMnistLocator(explicit, Map.of("GAN4J_DATA", fromEnv.toString()),
                system);

        assertThatThrownBy(() -> locator.locate(FashionMnist.Split.TEST))
                .isInstanceOf(DatasetNotFoundException.class)
                .hasMessageContaining("the --data directory: " + explicit + " (and its fashion-mnist/) lacks the files")
                .hasMessageContaining("$GAN4J_DATA: " + fromEnv + " (and its fashion-mnist/) does not exist")
                .hasMessageContaining(system + ": does not exist")
                .hasMessageContaining("apt-get install -y dataset-fashion-mnist");
    }

    @Test
    void missingDataMessageSaysWhenNoDirectoryWasGivenAndTheVariableIsUnset() {
        FashionMnistLocator locator = new FashionMnistLocator(null, Map.of("GAN4J_DATA", " "), root.resolve("x"));
        assertThatThrownBy(() -> locator.locate(FashionMnist.Split.TEST))
                .hasMessageContaining("--data directory: none given")
                .hasMessageContaining("$GAN4J_DATA: not set");
    }

    @Test
    void loadsImagesAsNchwScaledToMinusOneToOneWithLabels() throws IOException {
        writeTinyTestSplit(root, 0);
        LabelledImages data = FashionMnist.load(root, FashionMnist.Split.TEST, PixelRange.MINUS_ONE_TO_ONE);
        assertThat(data.images().dims()).containsExactly(3, 1, 28, 28);
        assertThat(data.labels()).containsExactly(9, 0, 4);
        assertThat(data.images().data()[0]).isEqualTo(-1f);
        assertThat(data.images().data()[3 * 784 - 1]).isEqualTo(1f);
    }

    @Test
    void loadsImagesScaledToZeroToOne() throws IOException {
        writeTinyTestSplit(root, 51);
        LabelledImages data = FashionMnist.load(root, FashionMnist.Split.TEST, PixelRange.ZERO_TO_ONE);
        assertThat(data.images().data()[0]).isEqualTo(0.2f);
        assertThat(data.images().data()[1]).isEqualTo(0f);
        assertThat(data.images().data()[3 * 784 - 1]).isEqualTo(1f);
    }

    @Test
    void labelOutsideZeroToNineIsRejected() throws IOException {
        writeTinyTestSplit(root, 0);
        IdxWriter.write(root.resolve("t10k-labels-idx1-ubyte"), new IdxArray(IdxType.UINT8,
                new float[] {1, 10, 2}, 3));
        assertThatThrownBy(() -> FashionMnist.load(root, FashionMnist.Split.TEST, PixelRange.ZERO_TO_ONE))
                .hasMessageContaining("label 10 at index 1");
    }

    @Test
    void labelCountDifferentFromImageCountIsRejected() throws IOException {
        writeTinyTestSplit(root, 0);
        IdxWriter.write(root.resolve("t10k-labels-idx1-ubyte"), new IdxArray(IdxType.UINT8, new float[] {1, 2}, 2));
        assertThatThrownBy(() -> FashionMnist.load(root, FashionMnist.Split.TEST, PixelRange.ZERO_TO_ONE))
                .hasMessageContaining("uint8 [2]").hasMessageContaining("uint8 [3] was expected");
    }

    @Test
    @IntegrationTest
    void realTestSetHasTenThousandImagesInRangeWithLabelsZeroToNine() throws IOException {
        assumeTrue(Files.isDirectory(FashionMnistLocator.SYSTEM_DIRECTORY),
                "Fashion-MNIST is not installed (apt-get install -y dataset-fashion-mnist)");
        FashionMnistLocator locator = new FashionMnistLocator(null, Map.of(), FashionMnistLocator.SYSTEM_DIRECTORY);

        LabelledImages test = FashionMnist.load(locator, FashionMnist.Split.TEST, PixelRange.MINUS_ONE_TO_ONE);

        assertThat(test.images().dims()).containsExactly(10_000, 1, 28, 28);
        assertThat(test.size()).isEqualTo(10_000);
        int[] perClass = new int[10];
        for (int label : test.labels()) {
            perClass[label]++;
        }
        assertThat(perClass).containsOnly(1000);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        double sum = 0;
        for (float v : test.images().data()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        assertThat(min).isEqualTo(-1f);
        assertThat(max).isEqualTo(1f);
        double meanPixel = (sum / test.images().size() + 1) * 127.5;
        assertThat(meanPixel).isBetween(65.0, 80.0);
    }
}
