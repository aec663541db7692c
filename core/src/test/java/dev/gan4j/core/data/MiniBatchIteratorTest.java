package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MiniBatchIteratorTest {
    /** Ten examples of shape [2], example i holding (i, -i), labelled i % 3. */
    private static Tensor data() {
        float[] v = new float[20];
        for (int i = 0; i < 10; i++) {
            v[2 * i] = i;
            v[2 * i + 1] = -i;
        }
        return Tensor.of(v, 10, 2);
    }

    private static int[] labels() {
        int[] l = new int[10];
        for (int i = 0; i < 10; i++) {
            l[i] = i % 3;
        }
        return l;
    }

    private static List<Integer> ids(Batch b) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            ids.add((int) b.inputs().get(i, 0));
        }
        return ids;
    }

    @Test
    void eachEpochVisitsEveryExampleOnceKeepingTheLastPartialBatch() {
        MiniBatchIterator it = new MiniBatchIterator(data(), labels(), 4, false, new Rng(1));
        assertThat(it.batchesPerEpoch()).isEqualTo(3);
        TreeSet<Integer> seen = new TreeSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            assertThat(it.epoch()).isZero();
            Batch batch = it.next();
            sizes.add(batch.size());
            seen.addAll(ids(batch));
            for (int i = 0; i < batch.size(); i++) {
                int id = (int) batch.inputs().get(i, 0);
                assertThat(batch.inputs().get(i, 1)).isEqualTo(-id);
                assertThat(batch.labels()[i]).isEqualTo(id % 3);
            }
        }
        assertThat(sizes).containsExactly(4, 4, 2);
        assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(it.epoch()).isEqualTo(1);
    }

    @Test
    void droppingTheLastBatchGivesOnlyFullBatches() {
        MiniBatchIterator it = new MiniBatchIterator(data(), null, 4, true, new Rng(1));
        assertThat(it.batchesPerEpoch()).isEqualTo(2);
        for (int b = 0; b < 6; b++) {
            Batch batch = it.next();
            assertThat(batch.size()).isEqualTo(4);
            assertThat(batch.inputs().dims()).containsExactly(4, 2);
            assertThat(batch.hasLabels()).isFalse();
        }
        assertThat(it.epoch()).isEqualTo(3);
    }

    @Test
    void epochsAreReshuffled() {
        MiniBatchIterator it = new MiniBatchIterator(data(), null, 10, false, new Rng(4));
        List<Integer> first = ids(it.next());
        List<Integer> second = ids(it.next());
        assertThat(second).containsExactlyInAnyOrderElementsOf(first).isNotEqualTo(first);
    }

    @Test
    void sameSeedGivesTheSameBatches() {
        MiniBatchIterator a = new MiniBatchIterator(data(), null, 3, false, new Rng(9));
        MiniBatchIterator b = new MiniBatchIterator(data(), null, 3, false, new Rng(9));
        for (int i = 0; i < 10; i++) {
            assertThat(b.next().inputs().data()).isEqualTo(a.next().inputs().data());
        }
    }

    @Test
    void restoredIteratorContinuesWithTheSameBatches() {
        MiniBatchIterator a = new MiniBatchIterator(data(), labels(), 3, false, new Rng(5));
        for (int i = 0; i < 6; i++) {
            a.next();
        }
        MiniBatchIterator.State saved = a.state();
        MiniBatchIterator b = new MiniBatchIterator(data(), labels(), 3, false, new Rng(12345));
        b.restore(saved);
        for (int i = 0; i < 10; i++) {
            Batch x = a.next();
            Batch y = b.next();
            assertThat(y.inputs().data()).isEqualTo(x.inputs().data());
            assertThat(y.labels()).isEqualTo(x.labels());
        }
    }

    @Test
    void stateSavedBeforeTheFirstBatchRestoresTheStart() {
        MiniBatchIterator a = new MiniBatchIterator(data(), null, 3, false, new Rng(5));
        MiniBatchIterator.State saved = a.state();
        MiniBatchIterator b = new MiniBatchIterator(data(), null, 3, false, new Rng(77));
        b.restore(saved);
        assertThat(b.next().inputs().data()).isEqualTo(a.next().inputs().data());
    }

    @Test
    void batchLargerThanTheDataWithDropLastIsRejected() {
        assertThatThrownBy(() -> new MiniBatchIterator(data(), null, 11, true, new Rng(1)))
                .hasMessageContaining("10 examples, fewer than the batch size 11");
    }

    @Test
    void labelCountMustMatch() {
        assertThatThrownBy(() -> new MiniBatchIterator(data(), new int[3], 2, false, new Rng(1)))
                .hasMessageContaining("10 examples but 3 labels");
    }

    @Test
    void restoreRejectsAPositionBeyondTheEpoch() {
        MiniBatchIterator it = new MiniBatchIterator(data(), null, 5, false, new Rng(1));
        assertThatThrownBy(() -> it.restore(new MiniBatchIterator.State(0, 0, 7)))
                .hasMessageContaining("2 batches per epoch");
    }
}
