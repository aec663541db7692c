package dev.gan4j.spark;

import java.io.Serializable;

/**
 * How {@link Gan4jSpark#translate} reads images and lays out translations; {@link #defaults()}
 * gives every default, the {@code with} methods change one setting.
 *
 * @param column     the column of images: Spark's image struct, encoded PNG/JPEG bytes or a float array
 * @param pathColumn the column that names each image in error messages, or null for the image
 *                   struct's {@code origin}, else a column {@code path} when there is one (as the
 *                   {@code binaryFile} source has)
 * @param png        whether each row also gets its translation as PNG bytes (column {@code translation_png})
 * @param batch      images per ONNX Runtime call
 * @param device     {@code auto} (CUDA when Spark gave the task a GPU), {@code cpu} or {@code cuda}
 * @param threads    ONNX Runtime intra-op threads per session, or 0 for the task's cores ({@code spark.task.cpus})
 * @param sharedPath whether executors read the model from its path (a shared file system) instead
 *                   of getting it broadcast from the driver
 */
public record TranslateOptions(String column, String pathColumn, boolean png, int batch, String device, int threads,
                               boolean sharedPath) implements Serializable {
    /** Checks the settings, with a sentence naming the bad one. */
    public TranslateOptions {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("column must name the column of images, such as image or content.");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be 1 or more, but was " + batch + ".");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (the task's cores) or more, but was " + threads + ".");
        }
        dev.gan4j.runtime.onnx.inference.Device.parse(device);
    }

    /** Images in column {@code image} (what {@code spark.read.format("image")} gives), batches of 256, no PNG, device auto. */
    public static TranslateOptions defaults() {
        return new TranslateOptions("image", null, false, 256, "auto", 0, false);
    }

    /** The same reading images from column {@code value}. */
    public TranslateOptions withColumn(String value) {
        return new TranslateOptions(value, pathColumn, png, batch, device, threads, sharedPath);
    }

    /** The same naming images by column {@code value}. */
    public TranslateOptions withPathColumn(String value) {
        return new TranslateOptions(column, value, png, batch, device, threads, sharedPath);
    }

    /** The same with (or without) PNG bytes. */
    public TranslateOptions withPng(boolean value) {
        return new TranslateOptions(column, pathColumn, value, batch, device, threads, sharedPath);
    }

    /** The same with ONNX Runtime batches of {@code value}. */
    public TranslateOptions withBatch(int value) {
        return new TranslateOptions(column, pathColumn, png, value, device, threads, sharedPath);
    }

    /** The same on {@code value}: auto, cpu or cuda. */
    public TranslateOptions withDevice(String value) {
        return new TranslateOptions(column, pathColumn, png, batch, value, threads, sharedPath);
    }

    /** The same with {@code value} intra-op threads. */
    public TranslateOptions withThreads(int value) {
        return new TranslateOptions(column, pathColumn, png, batch, device, value, sharedPath);
    }

    /** The same with the model read by the executors from its path instead of broadcast. */
    public TranslateOptions withSharedPath(boolean value) {
        return new TranslateOptions(column, pathColumn, png, batch, device, threads, value);
    }
}
