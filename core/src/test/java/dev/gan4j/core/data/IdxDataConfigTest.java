package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "idx" data type: any IDX file by path, uint8 or float32, images or vectors, with optional labels. */
class IdxDataConfigTest {
    @TempDir
    Path root;

    private DataContext inDataDirectory() {
        return new DataContext(root, Map.of());
    }

    @Test
    void uint8ImagesOfRankThreeGetAChannelAndAreScaledToMinusOneToOne() throws IOException {
        float[] pixels = new float[3 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % 2 == 0 ? 0 : 255;
        }
        IdxWriter.write(root.resolve("x.idx"), new IdxArray(IdxType.UINT8, pixels, 3, 2, 2));
        IdxWriter.write(root.resolve("y.idx.gz"), new IdxArray(IdxType.UINT8, new float[] {2, 0, 1}, 3));

        InMemoryDataset data = (InMemoryDataset) new IdxDataConfig("x.idx", "y.idx.gz", null).open(inDataDirectory());

        assertThat(data.spec()).isEqualTo(new DataSpec("idx:x.idx", new int[] {1, 2, 2}, 3));
        assertThat(data.examples().dims()).containsExactly(3, 1, 2, 2);
        assertThat(data.examples().data()).containsExactly(-1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1);
        assertThat(data.labels()).containsExactly(2, 0, 1);
        assertThat(data.description()).contains("3 examples", "uint8", "[-1, 1]");
    }

    @Test
    void float32VectorsAreUsedAsStoredAndNeedNoLabels() throws IOException {
        float[] values = {0.5f, -0.25f, 3f, 1e-3f, -7f, 0f};
        Path file = root.resolve("vectors.idx");
        IdxWriter.write(file, new IdxArray(IdxType.FLOAT32, values, 3, 2));

        InMemoryDataset data = (InMemoryDataset) new IdxDataConfig(file.toString(), null, null)
                .open(new DataContext(null, Map.of()));

        assertThat(data.spec().sampleShape()).containsExactly(2);
        assertThat(data.spec().classes()).isZero();
        assertThat(data.examples().data()).containsExactly(values);
        assertThat(data.labels()).isNull();
    }

    @Test
    void float32ImagesOfRankFourKeepTheirChannels() throws IOException {
        float[] values = new float[2 * 3 * 4 * 5];
        Arrays.fill(values, 0.75f);
        IdxWriter.write(root.resolve("rgb.idx"), new IdxArray(IdxType.FLOAT32, values, 2, 3, 4, 5));

        Dataset data = new IdxDataConfig("rgb.idx", null, "none").open(inDataDirectory());

        assertThat(data.spec().sampleShape()).containsExactly(3, 4, 5);
        Batch batch = data.batches(2, new Rng(1)).next();
        assertThat(batch.inputs().dims()).containsExactly(2, 3, 4, 5);
        assertThat(batch.inputs().data()).containsOnly(0.75f);
    }

    @Test
    void float32PixelValuesAreScaledWhenAskedTo() throws IOException {
        IdxWriter.write(root.resolve("f.idx"), new IdxArray(IdxType.FLOAT32, new float[] {0, 127.5f, 255, 51}, 2, 2));

        InMemoryDataset data = (InMemoryDataset) new IdxDataConfig("f.idx", null, "uint8").open(inDataDirectory());

        assertThat(data.examples().data()).containsExactly(-1f, 0f, 1f, -0.6f);
    }

    @Test
    void uint8ScalingOfValuesOutsideTheByteRangeIsRefused() throws IOException {
        IdxWriter.write(root.resolve("f.idx"), new IdxArray(IdxType.FLOAT32, new float[] {0, 300}, 2, 1));

        assertThatThrownBy(() -> new IdxDataConfig("f.idx", null, "uint8").open(inDataDirectory()))
                .isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("holds 300.0 at index 1, outside 0 to 255");
    }

    @Test
    void aMissingFileIsNamedWithWhereRelativePathsAreResolved() {
        assertThatThrownBy(() -> new IdxDataConfig("nothing.idx", null, null).open(inDataDirectory()))
                .isInstanceOf(DatasetNotFoundException.class)
                .hasMessageContaining("The file " + root.resolve("nothing.idx") + " named by data.images does not exist")
                .hasMessageContaining("the --data directory " + root);
    }

    @Test
    void aMissingLabelsFileIsNamed() throws IOException {
        IdxWriter.write(root.resolve("x.idx"), new IdxArray(IdxType.UINT8, new float[4], 1, 2, 2));

        assertThatThrownBy(() -> new IdxDataConfig("x.idx", "labels.idx", null).open(inDataDirectory()))
                .isInstanceOf(DatasetNotFoundException.class)
                .hasMessageContaining(root.resolve("labels.idx") + " named by data.labels does not exist");
    }

    @Test
    void aTruncatedFileSurfacesTheReadersMessage() throws IOException {
        Path file = root.resolve("x.idx");
        IdxWriter.write(file, new IdxArray(IdxType.UINT8, new float[2 * 4 * 4], 2, 4, 4));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));

        assertThatThrownBy(() -> new IdxDataConfig("x.idx", null, null).open(inDataDirectory()))
                .isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("The IDX file " + file + " has " + (bytes.length - 5) + " bytes")
                .hasMessageContaining("The file is truncated");
    }

    @Test
    void labelsThatDoNotMatchTheExamplesAreRefused() throws IOException {
        IdxWriter.write(root.resolve("x.idx"), new IdxArray(IdxType.UINT8, new float[3 * 4], 3, 4));
        IdxWriter.write(root.resolve("y.idx"), new IdxArray(IdxType.UINT8, new float[] {0, 1}, 2));

        assertThatThrownBy(() -> new IdxDataConfig("x.idx", "y.idx", null).open(inDataDirectory()))
                .isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("holds uint8 [2], but [3] was expected: one label per example");
    }

    @Test
    void examplesOfRankOneAreRefused() throws IOException {
        IdxWriter.write(root.resolve("x.idx"), new IdxArray(IdxType.UINT8, new float[3], 3));

        assertThatThrownBy(() -> new IdxDataConfig("x.idx", null, null).open(inDataDirectory()))
                .isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("but examples must be [N, D] vectors, [N, H, W] images or [N, C, H, W] images");
    }
}
