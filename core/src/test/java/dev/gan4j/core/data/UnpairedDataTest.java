package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "unpaired" data type: independent shuffles per domain, restorable positions, halves, transforms, shapes. */
class UnpairedDataTest {
    @TempDir
    Path root;

    /** n images [1, 2, 2] whose every pixel is the image's index / 1000, labelled 0. */
    private static InMemoryDataset indexed(String name, int n, int channels) {
        float[] values = new float[n * channels * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i / (channels * 4)) / 1000f;
        }
        return new InMemoryDataset(new DataSpec(name, new int[] {channels, 2, 2}, 1), name,
                Tensor.of(values, n, channels, 2, 2), new int[n]);
    }

    private static UnpairedDataset twoDomains() {
        Map<String, Dataset> domains = new LinkedHashMap<>();
        domains.put("A", indexed("a", 40, 1));
        domains.put("B", indexed("b", 40, 1));
        return new UnpairedDataset(domains);
    }

    private static List<Integer> indices(Batch batch) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            out.add(Math.round(batch.inputs().data()[i * batch.inputs().size() / batch.size()] * 1000));
        }
        return out;
    }

    @Test
    void eachBatchHoldsOneBatchPerDomainShuffledIndependently() {
        UnpairedDataset data = twoDomains();
        assertThat(data.spec().isUnpaired()).isTrue();
        assertThat(data.spec().domains()).containsOnlyKeys("A", "B");
        assertThat(data.spec().sampleShape()).containsExactly(1, 2, 2);

        BatchStream stream = data.batches(8, new Rng(3));
        int samePairs = 0;
        for (int b = 0; b < 5; b++) {
            Batch batch = stream.next();
            assertThat(batch.domains()).containsOnlyKeys("A", "B");
            List<Integer> a = indices(batch.domain("A"));
            List<Integer> bIndices = indices(batch.domain("B"));
            for (int i = 0; i < a.size(); i++) {
                samePairs += a.get(i).equals(bIndices.get(i)) ? 1 : 0;
            }
            assertThat(batch.inputs()).isSameAs(batch.domain("B").inputs());
        }
        assertThat(samePairs).as("images paired by index across 40 pairs").isLessThan(8);
    }

    @Test
    void aRestoredPositionGivesTheSameBatchesOfEveryDomain() {
        UnpairedDataset data = twoDomains();
        BatchStream stream = data.batches(8, new Rng(5));
        for (int i = 0; i < 7; i++) {
            stream.next();
        }
        long[] saved = stream.state();
        List<List<Integer>> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Batch b = stream.next();
            expected.add(indices(b.domain("A")));
            expected.add(indices(b.domain("B")));
        }
        BatchStream resumed = data.batches(8, new Rng(99));
        resumed.restore(saved);
        List<List<Integer>> actual = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Batch b = resumed.next();
            actual.add(indices(b.domain("A")));
            actual.add(indices(b.domain("B")));
        }
        assertThat(actual).isEqualTo(expected);
        assertThatThrownBy(() -> resumed.restore(new long[] {3, 0})).hasMessageContaining("2 domains [A, B]");
    }

    @Test
    void aTranslationConfigWithOneDomainIsRefusedSaying() {
        assertThatThrownBy(() -> new UnpairedDataConfig(Map.of("A", FashionMnistDataConfig.defaults()), null, null,
                null, null)).hasMessageContaining("data.domains names 1 domain [A]")
                .hasMessageContaining("a translation needs two");
        assertThatThrownBy(() -> new ObjectMapper().readValue("{\"type\": \"unpaired\", \"domains\": {\"A\": "
                + "{\"type\": \"ring8\"}}}", DataConfig.class)).hasMessageContaining("translation needs two");
    }

    @Test
    void domainsOfDifferentChannelCountsNeedAConversionNamingBoth() throws IOException {
        Path grey = root.resolve("grey");
        Path rgb = root.resolve("rgb");
        writeImages(grey, 3, BufferedImage.TYPE_BYTE_GRAY, 4);
        writeImages(rgb, 3, BufferedImage.TYPE_INT_RGB, 4);
        DataContext context = new DataContext(root, Map.of());
        UnpairedDataConfig mixed = UnpairedDataConfig.of(new ImageFolderDataConfig("grey", null, 1, false),
                new ImageFolderDataConfig("rgb", null, 3, false));
        assertThatThrownBy(() -> mixed.open(context)).hasMessageContaining("Domain A has samples of shape [1, 4, 4]")
                .hasMessageContaining("domain B has [3, 4, 4]").hasMessageContaining("data.channels");

        Map<String, DataConfig> domains = new LinkedHashMap<>(mixed.domains());
        Dataset converted = new UnpairedDataConfig(domains, null, null, 8, 3).open(context);
        assertThat(converted.spec().domain("A").sampleShape()).containsExactly(3, 8, 8);
        assertThat(converted.spec().domain("B").sampleShape()).containsExactly(3, 8, 8);
    }

    @Test
    void aFolderInTheCycleGanLayoutGivesDomainsAAndB() throws IOException {
        writeImages(root.resolve("pair/trainA"), 3, BufferedImage.TYPE_INT_RGB, 6);
        writeImages(root.resolve("pair/trainB"), 5, BufferedImage.TYPE_INT_RGB, 6);
        writeImages(root.resolve("pair/testA"), 2, BufferedImage.TYPE_INT_RGB, 6);
        Files.createDirectories(root.resolve("pair/testB"));
        DataContext context = new DataContext(root, Map.of());

        UnpairedDataset train = (UnpairedDataset) new ObjectMapper().readValue("{\"type\": \"unpaired\", \"folder\": "
                + "\"pair\", \"size\": 4}", DataConfig.class).open(context);
        assertThat(train.domains()).containsOnlyKeys("A", "B");
        assertThat(((InMemoryDataset) train.domains().get("B")).size()).isEqualTo(5);
        assertThat(train.spec().sampleShape()).containsExactly(3, 4, 4);

        assertThatThrownBy(() -> new UnpairedDataConfig(null, "pair", "test", null, null).open(context))
                .hasMessageContaining("pair/testB holds no PNG or JPEG images");
    }

    @Test
    void fashionMnistHalvesAreDisjointAndTheTransformsInvertAndMirror() throws IOException {
        assumeTrue(Files.isDirectory(FashionMnistLocator.SYSTEM_DIRECTORY), "Fashion-MNIST is not installed");
        DataContext context = new DataContext(null, Map.of());
        InMemoryDataset whole = (InMemoryDataset) new FashionMnistDataConfig("test", List.of(7)).open(context);
        InMemoryDataset first = (InMemoryDataset) new FashionMnistDataConfig("test", List.of(7), "first", null)
                .open(context);
        InMemoryDataset second = (InMemoryDataset) new FashionMnistDataConfig("test", List.of(7), "second", null)
                .open(context);
        assertThat(first.size() + second.size()).isEqualTo(whole.size());
        Set<String> firstImages = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            firstImages.add(java.util.Arrays.toString(first.examples().slice(0, i, i + 1).toArray()));
        }
        for (int i = 0; i < second.size(); i++) {
            assertThat(firstImages).doesNotContain(java.util.Arrays.toString(second.examples().slice(0, i, i + 1).toArray()));
        }

        InMemoryDataset flipped = (InMemoryDataset) new FashionMnistDataConfig("test", List.of(7), "first",
                "flip_invert").open(context);
        assertThat(flipped.examples().get(3, 0, 5, 0)).isEqualTo(-first.examples().get(3, 0, 5, 27));
        assertThat(flipped.labels()).containsExactly(first.labels());
        assertThat(flipped.description()).contains("first half", "flip_invert");

        assertThatThrownBy(() -> new FashionMnistDataConfig("test", null, "third", null))
                .hasMessageContaining("data.part is \"third\"");
        assertThatThrownBy(() -> new FashionMnistDataConfig("test", null, null, "blur"))
                .hasMessageContaining("\"invert\", \"flip_invert\"");
    }

    @Test
    void invertAndFlipInvertOnATinyImage() {
        Tensor image = Tensor.of(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f}, 1, 1, 2, 3);
        assertThat(ImageTransform.INVERT.apply(image).data()).containsExactly(-0.1f, -0.2f, -0.3f, -0.4f, -0.5f, -0.6f);
        assertThat(ImageTransform.FLIP_INVERT.apply(image).data())
                .containsExactly(-0.3f, -0.2f, -0.1f, -0.6f, -0.5f, -0.4f);
        assertThat(ImageTransform.FLIP.apply(image).data()).containsExactly(0.3f, 0.2f, 0.1f, 0.6f, 0.5f, 0.4f);
        assertThat(image.data()).as("the input is left as it was").containsExactly(0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f);
    }

    @Test
    void rotateInvertTurnsAQuarterClockwiseAndEveryTransformIsUndone() {
        // 1 2        3 1            -3 -1
        // 3 4  turns  4 2, inverted  -4 -2
        Tensor image = Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2);
        assertThat(ImageTransform.ROTATE_INVERT.apply(image).data()).containsExactly(-3, -1, -4, -2);
        Tensor x = Tensor.randn(new dev.gan4j.core.tensor.Rng(3), 2, 1, 5, 5);
        for (ImageTransform t : ImageTransform.values()) {
            assertThat(t.undo(t.apply(x)).data()).as(t.configName()).containsExactly(x.data());
        }
        assertThatThrownBy(() -> ImageTransform.ROTATE_INVERT.apply(Tensor.zeros(1, 1, 2, 3)))
                .hasMessageContaining("rotate_invert").hasMessageContaining("square").hasMessageContaining("[1, 1, 2, 3]");
    }

    private static void writeImages(Path folder, int count, int type, int side) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(side, side, type);
            image.setRGB(0, 0, 0x102030 * (i + 1));
            assertThat(ImageIO.write(image, "png", folder.resolve("img" + i + ".png").toFile())).isTrue();
        }
    }
}
