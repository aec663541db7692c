package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "fashion-mnist" data type, on tiny files written by the test and on the installed dataset when present. */
class FashionMnistDataConfigTest {
    @TempDir
    Path root;

    private static DataContext systemOnly() {
        return new DataContext(null, Map.of());
    }

    private static void assumeInstalled() {
        assumeTrue(Files.isDirectory(FashionMnistLocator.SYSTEM_DIRECTORY),
                "Fashion-MNIST is not installed in " + FashionMnistLocator.SYSTEM_DIRECTORY
                        + " (apt-get install dataset-fashion-mnist)");
    }

    @Test
    void theDataDirectoryIsSearchedFirstAndTheClassFilterKeepsOriginalLabels() throws IOException {
        float[] pixels = new float[4 * 28 * 28];
        for (int i = 0; i < 4; i++) {
            pixels[i * 784] = 255 * (i % 2);
        }
        IdxWriter.write(root.resolve("t10k-images-idx3-ubyte.gz"), new IdxArray(IdxType.UINT8, pixels, 4, 28, 28));
        IdxWriter.write(root.resolve("t10k-labels-idx1-ubyte"), new IdxArray(IdxType.UINT8,
                new float[] {9, 3, 9, 1}, 4));

        InMemoryDataset data = (InMemoryDataset) new FashionMnistDataConfig("test", List.of(9, 1))
                .open(new DataContext(root, Map.of()));

        assertThat(data.spec()).isEqualTo(new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10));
        assertThat(data.labels()).containsExactly(9, 9, 1);
        assertThat(data.examples().get(0, 0, 0, 0)).isEqualTo(-1f);
        assertThat(data.examples().get(2, 0, 0, 0)).isEqualTo(1f);
        assertThat(data.description()).contains(root.toString(), "3 images", "classes [1, 9]");
    }

    @Test
    @IntegrationTest
    void theInstalledTestSplitHasTenThousandImagesInRange() throws IOException {
        assumeInstalled();

        InMemoryDataset data = (InMemoryDataset) new FashionMnistDataConfig("test", null).open(systemOnly());

        assertThat(data.size()).isEqualTo(10_000);
        assertThat(data.spec().sampleShape()).containsExactly(1, 28, 28);
        assertThat(data.spec().classes()).isEqualTo(10);
        float[] values = data.examples().data();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isEqualTo(-1f);
        assertThat(max).isEqualTo(1f);
        assertThat(Arrays.stream(data.labels()).distinct().sorted().toArray())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Batch batch = data.batches(64, new Rng(3)).next();
        assertThat(batch.inputs().dims()).containsExactly(64, 1, 28, 28);
        assertThat(batch.labels()).hasSize(64);
    }

    @Test
    @IntegrationTest
    void theInstalledSplitFilteredToOneClassHoldsOnlyThatClass() throws IOException {
        assumeInstalled();

        InMemoryDataset data = (InMemoryDataset) new FashionMnistDataConfig("test", List.of(8)).open(systemOnly());

        assertThat(data.size()).isEqualTo(1_000);
        assertThat(data.labels()).containsOnly(8);
    }
}
