package dev.gan4j.spark.train;

import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.data.InMemoryDataset;
import dev.gan4j.core.data.UnpairedDataset;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One worker's disjoint share of a dataset, by index: worker {@code p} of {@code n} holds the
 * examples {@code p, p + n, p + 2n, ...}. Unpaired domains are sharded each on its own, so the
 * domains stay unpaired. A Gaussian mixture has no items to divide: each worker draws its own
 * points, from its own data-order generator.
 */
final class DataShard {
    private DataShard() {
    }

    /**
     * The share of worker {@code partition} of {@code workers}.
     *
     * @throws IllegalArgumentException when the data has fewer items than workers, or is of a kind
     *                                  that cannot be divided by index
     */
    static Dataset of(Dataset data, int partition, int workers) {
        if (workers == 1) {
            return data;
        }
        if (data instanceof InMemoryDataset memory) {
            return shard(memory, partition, workers);
        }
        if (data instanceof UnpairedDataset unpaired) {
            Map<String, Dataset> domains = new LinkedHashMap<>();
            unpaired.domains().forEach((name, domain) -> domains.put(name, of(domain, partition, workers)));
            return new UnpairedDataset(domains);
        }
        if (data instanceof GaussianMixture) {
            return data;
        }
        throw new IllegalArgumentException("The data " + data.description() + " (" + data.getClass().getSimpleName()
                + ") cannot be divided among workers by index; Spark training takes in-memory data (IDX files, "
                + "Fashion-MNIST, image folders), unpaired domains of those, or a Gaussian mixture.");
    }

    /** Checks that every worker gets at least one item. */
    static void requireEnoughItems(Dataset data, int workers) {
        if (data instanceof InMemoryDataset memory && memory.size() < workers) {
            throw new IllegalArgumentException("The data " + data.description() + " has " + memory.size()
                    + " items, fewer than the " + workers + " workers, so some workers would get none; give at most "
                    + memory.size() + " workers or more data.");
        }
        if (data instanceof UnpairedDataset unpaired) {
            unpaired.domains().values().forEach(domain -> requireEnoughItems(domain, workers));
        }
    }

    private static InMemoryDataset shard(InMemoryDataset data, int partition, int workers) {
        requireEnoughItems(data, workers);
        int[] indices = IntStream.range(0, data.size()).filter(i -> i % workers == partition).toArray();
        Tensor examples = data.examples().indexSelect(0, indices);
        int[] all = data.labels();
        int[] labels = all == null ? null : IntStream.of(indices).map(i -> all[i]).toArray();
        return new InMemoryDataset(data.spec(), data.description() + ", shard " + partition + " of " + workers,
                examples, labels).withFiles(data.files());
    }
}
