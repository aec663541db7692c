package dev.gan4j.spark.train;

import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.data.InMemoryDataset;
import dev.gan4j.core.tensor.Tensor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Where a round's task finds its worker's share of the data: by index in the data the run config
 * opens ({@link #BY_INDEX}, the task's items are only its partition number), or in the rows of its
 * partition of a DataFrame's images ({@link #ROWS}).
 *
 * @param <T> what the task's partition holds
 */
@FunctionalInterface
interface ShardSource<T> extends Serializable {
    /** The run config's data, divided by index ({@link DataShard}). */
    ShardSource<Integer> BY_INDEX = (opened, items, partition, workers) -> DataShard.of(opened, partition, workers);

    /** The images of the partition, model inputs of the opened data's shape, unlabelled. */
    ShardSource<float[]> ROWS = (opened, items, partition, workers) -> {
        List<float[]> rows = new ArrayList<>();
        items.forEachRemaining(rows::add);
        int[] shape = opened.spec().sampleShape();
        int per = 1;
        for (int d : shape) {
            per *= d;
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Worker " + partition + " of " + workers + " got no rows of the DataFrame; "
                    + "give more rows than workers.");
        }
        float[] values = new float[rows.size() * per];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * per, per);
        }
        int[] dims = new int[shape.length + 1];
        dims[0] = rows.size();
        System.arraycopy(shape, 0, dims, 1, shape.length);
        return new InMemoryDataset(opened.spec(), opened.description() + ", shard " + partition + " of " + workers
                + " (" + rows.size() + " rows)", Tensor.of(values, dims), null);
    };

    /**
     * Worker {@code partition}'s data.
     *
     * @param opened what the run config's data opens to on the executor
     * @param items  the task's partition
     */
    Dataset shard(Dataset opened, Iterator<T> items, int partition, int workers);
}
