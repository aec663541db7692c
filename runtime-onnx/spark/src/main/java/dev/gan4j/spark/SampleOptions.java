package dev.gan4j.spark;

import java.io.Serializable;

/**
 * How {@link Gan4jSpark#sample} draws and lays out samples; {@link #defaults()} gives every default,
 * the {@code with} methods change one setting.
 *
 * @param partitions the number of partitions, or 0 for Spark's default parallelism
 * @param batch      samples per ONNX Runtime call: up to {@value NoiseBlocks#BLOCK} (the noise block),
 *                   or above it rounded down to whole blocks
 * @param png        whether each row also gets its image as PNG bytes (column {@code png})
 * @param label      a conditional model's class (name or index) for every sample, or null
 * @param text       a caption model's text for every sample, or null; with neither, a conditional
 *                   model gets an even spread over its classes, as {@code gan4j sample} does
 * @param device     {@code auto} (CUDA when Spark gave the task a GPU), {@code cpu} or {@code cuda}
 * @param threads    ONNX Runtime intra-op threads per session, or 0 for the task's cores ({@code spark.task.cpus})
 * @param sharedPath whether executors read the model from its path (a shared file system) instead
 *                   of getting it broadcast from the driver
 */
public record SampleOptions(int partitions, int batch, boolean png, String label, String text, String device,
                            int threads, boolean sharedPath) implements Serializable {
    /** Checks the settings, with a sentence naming the bad one. */
    public SampleOptions {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (Spark's default parallelism) or more, but was "
                    + partitions + ".");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be 1 or more, but was " + batch + ".");
        }
        if (label != null && text != null) {
            throw new IllegalArgumentException("Give a label or a text, not both.");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (the task's cores) or more, but was " + threads + ".");
        }
        dev.gan4j.runtime.onnx.inference.Device.parse(device);
    }

    /** Spark's default parallelism, batches of one noise block, no PNG, an even spread of classes, device auto. */
    public static SampleOptions defaults() {
        return new SampleOptions(0, NoiseBlocks.BLOCK, false, null, null, "auto", 0, false);
    }

    /** The same with {@code partitions} partitions. */
    public SampleOptions withPartitions(int value) {
        return new SampleOptions(value, batch, png, label, text, device, threads, sharedPath);
    }

    /** The same with ONNX Runtime batches of {@code value}. */
    public SampleOptions withBatch(int value) {
        return new SampleOptions(partitions, value, png, label, text, device, threads, sharedPath);
    }

    /** The same with (or without) PNG bytes. */
    public SampleOptions withPng(boolean value) {
        return new SampleOptions(partitions, batch, value, label, text, device, threads, sharedPath);
    }

    /** The same for one class. */
    public SampleOptions withLabel(String value) {
        return new SampleOptions(partitions, batch, png, value, text, device, threads, sharedPath);
    }

    /** The same for one text. */
    public SampleOptions withText(String value) {
        return new SampleOptions(partitions, batch, png, label, value, device, threads, sharedPath);
    }

    /** The same on {@code value}: auto, cpu or cuda. */
    public SampleOptions withDevice(String value) {
        return new SampleOptions(partitions, batch, png, label, text, value, threads, sharedPath);
    }

    /** The same with {@code value} intra-op threads. */
    public SampleOptions withThreads(int value) {
        return new SampleOptions(partitions, batch, png, label, text, device, value, sharedPath);
    }

    /** The same with the model read by the executors from its path instead of broadcast. */
    public SampleOptions withSharedPath(boolean value) {
        return new SampleOptions(partitions, batch, png, label, text, device, threads, value);
    }
}
