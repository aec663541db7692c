package dev.gan4j.spark.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.data.InMemoryDataset;
import dev.gan4j.core.data.UnpairedDataset;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shards by index: disjoint, complete, per domain, and a sentence when workers outnumber items. */
class DataShardTest {
    private static InMemoryDataset numbers(int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return new InMemoryDataset(new DataSpec("numbers", new int[] {1}, 0), "numbers", Tensor.of(values, n, 1), null);
    }

    @Test
    void workerPOfNHoldsTheItemsWhoseIndexIsPModuloN() {
        InMemoryDataset shard = (InMemoryDataset) DataShard.of(numbers(7), 1, 3);
        assertThat(shard.examples().data()).containsExactly(1f, 4f);
        assertThat(((InMemoryDataset) DataShard.of(numbers(7), 0, 3)).examples().data()).containsExactly(0f, 3f, 6f);
    }

    @Test
    void shardsUnpairedDomainsEachOnItsOwn() {
        Map<String, dev.gan4j.core.data.Dataset> domains = new LinkedHashMap<>();
        domains.put("a", numbers(4));
        domains.put("b", numbers(6));
        UnpairedDataset shard = (UnpairedDataset) DataShard.of(new UnpairedDataset(domains), 1, 2);
        assertThat(((InMemoryDataset) shard.domains().get("a")).examples().data()).containsExactly(1f, 3f);
        assertThat(((InMemoryDataset) shard.domains().get("b")).examples().data()).containsExactly(1f, 3f, 5f);
    }

    @Test
    void rejectsDataWithFewerItemsThanWorkers() {
        assertThatThrownBy(() -> DataShard.requireEnoughItems(numbers(3), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 3 items, fewer than the 4 workers");
    }
}
