package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each data type reads from JSON by its type name alone, with its defaults, and rejects bad values with a sentence. */
class DataConfigJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DataConfig read(String json) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), DataConfig.class);
    }

    private void assertRejected(String json, String sentence) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining(sentence)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fashionMnistDefaultsToTheTrainingSplitAndAllClasses() throws Exception {
        assertThat(read("{'type': 'fashion-mnist'}")).isEqualTo(FashionMnistDataConfig.defaults())
                .isEqualTo(new FashionMnistDataConfig("train", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)));
    }

    @Test
    void fashionMnistReadsSplitAndClassesSorted() throws Exception {
        assertThat(read("{'type': 'fashion-mnist', 'split': 'test', 'classes': [7, 0]}"))
                .isEqualTo(new FashionMnistDataConfig("test", List.of(0, 7)));
    }

    @Test
    void fashionMnistRejectsAnUnknownSplitAndClassesOutOfRange() {
        assertRejected("{'type': 'fashion-mnist', 'split': 'validation'}",
                "data.split is \"validation\", but it must be \"train\" (60,000 images) or \"test\" (10,000 images).");
        assertRejected("{'type': 'fashion-mnist', 'classes': [3, 10]}",
                "data.classes contains 10, but Fashion-MNIST's classes are numbered 0 to 9");
        assertRejected("{'type': 'fashion-mnist', 'classes': []}", "data.classes is empty, which would keep no image;");
        assertRejected("{'type': 'fashion-mnist', 'classes': [2, 2]}", "data.classes lists the class 2 twice;");
    }

    @Test
    void idxReadsPathsWithAutomaticScaleByDefault() throws Exception {
        assertThat(read("{'type': 'idx', 'images': 'x.idx'}")).isEqualTo(new IdxDataConfig("x.idx", null, "auto"));
        assertThat(read("{'type': 'idx', 'images': '/d/x.idx.gz', 'labels': 'y.idx', 'scale': 'none'}"))
                .isEqualTo(new IdxDataConfig("/d/x.idx.gz", "y.idx", "none"));
    }

    @Test
    void idxRejectsAMissingImagesPathAndAnUnknownScale() {
        assertRejected("{'type': 'idx'}", "data.images is missing; give the path of an IDX file of examples");
        assertRejected("{'type': 'idx', 'images': 'x.idx', 'scale': 'float'}",
                "data.scale is \"float\", but it must be \"uint8\"");
    }

    @Test
    void imageFolderDefaultsToRgbAtTheImagesOwnSizeWithoutRecursion() throws Exception {
        assertThat(read("{'type': 'image-folder', 'path': 'faces'}"))
                .isEqualTo(new ImageFolderDataConfig("faces", null, 3, false));
        assertThat(read("{'type': 'image-folder', 'path': 'faces', 'size': 64, 'channels': 1, 'recursive': true}"))
                .isEqualTo(new ImageFolderDataConfig("faces", 64, 1, true));
    }

    @Test
    void imageFolderRejectsBadChannelsSizeAndAMissingPath() {
        assertRejected("{'type': 'image-folder', 'path': 'faces', 'channels': 4}",
                "data.channels is 4, but it must be 1 (grayscale) or 3 (RGB).");
        assertRejected("{'type': 'image-folder', 'path': 'faces', 'size': 0}",
                "data.size is 0, but it must be from 1 to 4096");
        assertRejected("{'type': 'image-folder'}", "data.path is missing; give the folder holding the images");
    }

    @Test
    void mixturesDefaultToScaleOneWithoutLabels() throws Exception {
        assertThat(read("{'type': 'ring8'}")).isEqualTo(Ring8DataConfig.defaults())
                .isEqualTo(new Ring8DataConfig(1.0, false));
        assertThat(read("{'type': 'grid25', 'scale': 0.25, 'labels': true}"))
                .isEqualTo(new Grid25DataConfig(0.25, true));
    }

    @Test
    void mixturesRejectANonPositiveScale() {
        assertRejected("{'type': 'ring8', 'scale': 0}", "data.scale is 0.0, but it must be a positive number");
        assertRejected("{'type': 'grid25', 'scale': -2}", "data.scale is -2.0, but it must be a positive number");
    }

    @Test
    void unknownFieldsAreRejected() {
        assertThatThrownBy(() -> read("{'type': 'ring8', 'radius': 3}"))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("radius");
    }

    @Test
    void everyTypeSurvivesAJsonRoundTrip() throws Exception {
        List<DataConfig> configs = List.of(FashionMnistDataConfig.defaults(),
                new FashionMnistDataConfig("test", List.of(1, 4)), new IdxDataConfig("a.idx", "b.idx", "uint8"),
                new ImageFolderDataConfig("faces", 32, 1, true), new Ring8DataConfig(0.5, true),
                Grid25DataConfig.defaults());
        for (DataConfig config : configs) {
            String json = mapper.writerFor(DataConfig.class).writeValueAsString(config);
            assertThat(mapper.readValue(json, DataConfig.class)).as(json).isEqualTo(config);
        }
    }

    @Test
    void theTypeNameIsWrittenWithTheFields() throws Exception {
        assertThat(mapper.writerFor(DataConfig.class).writeValueAsString(Ring8DataConfig.defaults()))
                .isEqualTo("{\"type\":\"ring8\",\"scale\":1.0,\"labels\":false}");
    }

    @Test
    void aDataFrameNamesTheShapeOnlyAndRefusesToDrawOutsideSpark() throws Exception {
        DataConfig config = read("{'type': 'dataframe', 'size': 8, 'channels': 1}");
        assertThat(config).isEqualTo(new DataFrameDataConfig(8, 1));
        assertThat(read("{'type': 'dataframe', 'size': 8}")).isEqualTo(new DataFrameDataConfig(8, 3));
        Dataset opened = config.open(DataContext.standard(null));
        assertThat(opened.spec().sampleShape()).containsExactly(1, 8, 8);
        BatchStream stream = opened.batches(4, new dev.gan4j.core.tensor.Rng(1));
        assertThat(stream.state()).isEmpty();
        assertThatThrownBy(stream::next).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("whose rows only a Spark job reads; train it with gan4j spark train --images");
        assertRejected("{'type': 'dataframe'}", "data.size is null, but a dataframe's images need a side");
        assertRejected("{'type': 'dataframe', 'size': 8, 'channels': 2}", "data.channels is 2, but it must be 1");
    }
}
