package dev.gan4j.spark.cli;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The images a command reads from {@code --in}/{@code --images} with {@code --format} and
 * {@code --column}: a folder (or glob) through Spark's image source or its binaryFile source, or a
 * Parquet data set.
 *
 * @param in     the folder, glob or Parquet path
 * @param format image, binaryFile or parquet
 * @param column the Parquet column of images, or null for {@code image}; only with parquet
 */
record ImageSource(String in, String format, String column) {
    /** The rows read, their image column and what names each row in the output. */
    record Input(Dataset<Row> rows, String column, Column path) {
    }

    /** Checks that {@code --column} comes only with Parquet. */
    ImageSource {
        if (column != null && !"parquet".equals(format)) {
            throw new IllegalArgumentException("--column names a Parquet column; with --format " + format + " the images"
                    + " are in the source's own column, so leave --column out.");
        }
    }

    /**
     * Reads the rows (lazily, as Spark does).
     *
     * @throws IllegalArgumentException naming the formats when {@code format} is none of them
     */
    Input read(SparkSession spark) {
        switch (format) {
            case "image" -> {
                Dataset<Row> rows = spark.read().format("image").option("dropInvalid", false).load(in);
                return new Input(rows, "image", functions.col("image.origin").as("path"));
            }
            case "binaryFile" -> {
                Dataset<Row> rows = spark.read().format("binaryFile").load(in);
                return new Input(rows, "content", functions.col("path"));
            }
            case "parquet" -> {
                Dataset<Row> rows = spark.read().parquet(in);
                String name = column != null ? column : "image";
                Column path = List.of(rows.columns()).contains("path") ? functions.col("path")
                        : functions.lit(null).cast("string").as("path");
                return new Input(rows, name, path);
            }
            default -> throw new IllegalArgumentException("--format is \"" + format + "\", but it must be image (Spark's"
                    + " image source), binaryFile (PNG/JPEG bytes) or parquet.");
        }
    }
}
