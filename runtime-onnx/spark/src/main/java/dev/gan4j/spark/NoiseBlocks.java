package dev.gan4j.spark;

import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The noise of {@code gan4j sample MODEL --n N --seed S}, block by block: that command draws from
 * one {@code new Rng(S)} in batches of {@link OnnxGenerator#BATCH}, each batch input by input in
 * the model's order. Every batch before the last is full, so the stream position where block
 * {@code b} starts is {@code b} times the draws of a full block, and {@link Rng#skip} reaches it in
 * constant time: any partition can draw any block alone and get exactly the numbers of one pass,
 * whatever the partitioning.
 */
final class NoiseBlocks {
    /** The samples per block: the batch of {@code gan4j sample}. */
    static final int BLOCK = OnnxGenerator.BATCH;

    private final long seed;
    private final long total;
    private final List<ExportedTensor> noiseInputs;
    private final long drawsPerBlock;

    /**
     * The blocks of {@code total} samples for the model's float32 inputs that are not {@code given}.
     *
     * @param inputs the model's inputs, in its order
     * @param given  the names of the inputs given rather than drawn (a conditional model's condition)
     */
    NoiseBlocks(List<ExportedTensor> inputs, Set<String> given, long seed, long total) {
        this.seed = seed;
        this.total = total;
        this.noiseInputs = new ArrayList<>();
        long draws = 0;
        for (ExportedTensor input : inputs) {
            if (!given.contains(input.name()) && input.elementType() == ExportedTensor.ElementType.FLOAT32) {
                noiseInputs.add(input);
                draws += Rng.gaussianDraws((long) BLOCK * perSample(input));
            }
        }
        this.drawsPerBlock = draws;
    }

    /** The number of blocks of {@code total} samples. */
    static long count(long total) {
        return (total + BLOCK - 1) / BLOCK;
    }

    /** The index of the first sample of block {@code block}. */
    static long start(long block) {
        return block * BLOCK;
    }

    /** The number of samples in block {@code block}: {@value #BLOCK}, fewer in the last. */
    int size(long block) {
        return (int) Math.min(BLOCK, total - start(block));
    }

    /** The noise inputs of block {@code block}, by name, each [size, ...]: what {@code gan4j sample} gives that batch. */
    Map<String, Tensor> noise(long block) {
        Rng rng = new Rng(seed);
        rng.skip(block * drawsPerBlock);
        int size = size(block);
        Map<String, Tensor> noise = new LinkedHashMap<>();
        for (ExportedTensor input : noiseInputs) {
            int[] dims = input.shape();
            dims[0] = size;
            noise.put(input.name(), Tensor.randn(rng, dims));
        }
        return noise;
    }

    private static long perSample(ExportedTensor input) {
        int[] dims = input.shape();
        long elements = 1;
        for (int i = 1; i < dims.length; i++) {
            elements *= dims[i];
        }
        return elements;
    }
}
