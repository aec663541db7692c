package dev.gan4j.spark;

import java.util.Objects;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Training images in a DataFrame column, in any form the inference jobs read
 * ({@link ImageInputColumn#FORMS}): Spark's image struct, PNG or JPEG bytes, or float arrays. For
 * training they are divided among the workers by row index (row {@code i} to worker {@code i mod N},
 * in index order within a worker), converted on the executors to the model's input, and kept there
 * (memory, then disk); the driver never holds them, so the set may be larger than one executor's
 * memory as long as a worker's share fits its executor.
 *
 * @param rows       the DataFrame
 * @param column     the column of images
 * @param pathColumn the column naming each image in messages, or null (the image struct's origin, else a
 *                   column {@code path} when there is one)
 */
public record DataFrameImages(Dataset<Row> rows, String column, String pathColumn) {
    /** Checks the DataFrame and the column name are present. */
    public DataFrameImages {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(column, "column");
    }

    /** The images of {@code column}, named by the default path column. */
    public static DataFrameImages of(Dataset<Row> rows, String column) {
        return new DataFrameImages(rows, column, null);
    }

    /** The number of rows (a count on the executors). */
    public long count() {
        return rows.count();
    }

    /**
     * The images as model inputs [C, H, W] in [−1, 1], flattened, in {@code workers} partitions:
     * partition {@code p} holds rows {@code p, p + N, ...} in that order, whatever the DataFrame's own
     * partitioning, so every run over the same rows and workers sees the same shards. Persisted (memory,
     * then disk) so later rounds do not read and decode the images again; {@code unpersist} when done.
     *
     * @param inputShape the model's input [C, H, H]
     * @throws IllegalArgumentException naming the column and the forms read when it is missing or of another type
     */
    public JavaRDD<float[]> shards(int workers, int[] inputShape) {
        ImageInputColumn input = ImageInputColumn.of(rows.schema(), column, pathColumn, inputShape);
        return rows.javaRDD().zipWithIndex()
                .mapToPair(row -> new Tuple2<>(row._2(), read(input, row._1(), row._2())))
                .repartitionAndSortWithinPartitions(new ByIndex(workers))
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static float[] read(ImageInputColumn input, Row row, long index) {
        try {
            return input.read(row, "row " + index);
        } catch (ImageInputColumn.RowException e) {
            throw new IllegalArgumentException(e.getMessage() + " Training reads every row, so fix or filter out the "
                    + "row first.", e);
        }
    }

    /** Row index {@code i} to partition {@code i mod N}. */
    private static final class ByIndex extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByIndex(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) ((Long) key % partitions);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByIndex by && by.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
