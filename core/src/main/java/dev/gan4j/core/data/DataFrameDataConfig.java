package dev.gan4j.core.data;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.tensor.Rng;

/**
 * Images that arrive as a column of a Spark DataFrame, given to {@code gan4j spark train --images}
 * (or {@code SparkTraining.train(..., DataFrameImages)}): {@code {"type": "dataframe", "size": 28,
 * "channels": 1}}. The config fixes what one example is ({@code channels} × {@code size} × {@code size}
 * in [-1, 1], unlabelled) so the system can be built, exported and sampled anywhere; the rows
 * themselves stay on the Spark executors, each worker reading only its share. Opened outside Spark,
 * the data has the shape but no examples: building, exporting and sampling a trained run work,
 * drawing a batch fails with a sentence.
 *
 * @param size     the side of the square images (required)
 * @param channels 1 (grayscale) or 3 (RGB, the default)
 */
public record DataFrameDataConfig(Integer size, Integer channels) implements DataConfig {
    /** The type name in a run config. */
    public static final String TYPE = "dataframe";

    /** Applies the default channels and checks the fields, naming them. */
    public DataFrameDataConfig {
        if (size == null || size < 1 || size > ImageFolderDataConfig.MAX_SIZE) {
            throw new IllegalArgumentException("data.size is " + size + ", but a dataframe's images need a side from 1 "
                    + "to " + ImageFolderDataConfig.MAX_SIZE + " pixels, to which every image is resized (28 for "
                    + "Fashion-MNIST-sized images).");
        }
        channels = channels == null ? 3 : channels;
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("data.channels is " + channels + ", but it must be 1 (grayscale) or 3 "
                    + "(RGB).");
        }
    }

    /** What one example is: [channels, size, size], unlabelled. */
    public DataSpec spec() {
        return new DataSpec(TYPE, new int[] {channels, size, size}, 0);
    }

    /** The shape without the rows, which only a Spark job reads. */
    @Override
    public Dataset open(DataContext context) {
        DataSpec spec = spec();
        String description = "the images of a DataFrame column, " + channels + "×" + size + "×" + size;
        return new Dataset() {
            @Override
            public DataSpec spec() {
                return spec;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public BatchStream batches(int batchSize, Rng rng) {
                return new BatchStream() {
                    @Override
                    public Batch next() {
                        throw new IllegalStateException("The data of this run is a DataFrame column (data type \""
                                + TYPE + "\"), whose rows only a Spark job reads; train it with gan4j spark train "
                                + "--images, or give the run an image-folder or idx data config to train here.");
                    }

                    @Override
                    public long[] state() {
                        return new long[0];
                    }

                    @Override
                    public void restore(long[] state) {
                        if (state.length != 0) {
                            throw new IllegalArgumentException("A DataFrame run's data position on the driver is "
                                    + "empty, but " + state.length + " numbers were given.");
                        }
                    }
                };
            }
        };
    }
}
