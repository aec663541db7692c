package dev.gan4j.core.data;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where a run's training data comes from, read from a run config's {@code "data"} object by its
 * {@code "type"}: {@code "fashion-mnist"}, {@code "idx"}, {@code "image-folder"}, {@code "ring8"},
 * {@code "grid25"}, {@code "unpaired"} (two or more of these as domains of a translation), and
 * {@code "dataframe"} (a Spark DataFrame's image column, read by {@code gan4j spark train}). core's types are registered here by name, so any {@code ObjectMapper} knows
 * them; a plugin registers more with {@code registerSubtypes(new NamedType(...))}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FashionMnistDataConfig.class, name = FashionMnistDataConfig.TYPE),
        @JsonSubTypes.Type(value = IdxDataConfig.class, name = IdxDataConfig.TYPE),
        @JsonSubTypes.Type(value = ImageFolderDataConfig.class, name = ImageFolderDataConfig.TYPE),
        @JsonSubTypes.Type(value = Ring8DataConfig.class, name = Ring8DataConfig.TYPE),
        @JsonSubTypes.Type(value = Grid25DataConfig.class, name = Grid25DataConfig.TYPE),
        @JsonSubTypes.Type(value = UnpairedDataConfig.class, name = UnpairedDataConfig.TYPE),
        @JsonSubTypes.Type(value = DataFrameDataConfig.class, name = DataFrameDataConfig.TYPE)
})
public interface DataConfig {
    /**
     * Loads (or builds) the dataset.
     *
     * @param context where to look for files (the CLI's --data directory, the environment)
     * @throws java.io.IOException when a file cannot be read; a missing or corrupt dataset is an
     *                             error whose message names the file and how to fix it
     */
    Dataset open(DataContext context) throws java.io.IOException;
}
