package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Finite datasets in memory: equal-sized shuffled batches whose stream position resumes exactly. */
class InMemoryDatasetTest {
    /** Ten examples of shape [2], example i holding (i, -i), labelled i % 3. */
    private static InMemoryDataset tenExamples() {
        float[] v = new float[20];
        int[] labels = new int[10];
        for (int i = 0; i < 10; i++) {
            v[2 * i] = i;
            v[2 * i + 1] = -i;
            labels[i] = i % 3;
        }
        return new InMemoryDataset(new DataSpec("ten", new int[] {2}, 3), "ten examples", Tensor.of(v, 10, 2), labels);
    }

    @Test
    void aRestoredStreamRepeatsTheNextBatchesBitForBitAcrossEpochs() {
        InMemoryDataset data = tenExamples();
        BatchStream original = data.batches(3, new Rng(21));
        for (int i = 0; i < 5; i++) {
            original.next();
        }
        long[] saved = original.state();
        Batch[] expected = new Batch[7];
        for (int i = 0; i < 7; i++) {
            expected[i] = original.next();
        }

        BatchStream resumed = data.batches(3, new Rng(12345));
        resumed.restore(saved);
        for (int i = 0; i < 7; i++) {
            Batch batch = resumed.next();
            assertThat(batch.inputs().data()).containsExactly(expected[i].inputs().data());
            assertThat(batch.labels()).containsExactly(expected[i].labels());
        }
    }

    @Test
    void aPositionSavedBeforeTheFirstBatchRestartsTheSameSequence() {
        InMemoryDataset data = tenExamples();
        BatchStream original = data.batches(4, new Rng(8));
        long[] saved = original.state();
        Tensor first = original.next().inputs();

        BatchStream resumed = data.batches(4, new Rng(1));
        resumed.restore(saved);

        assertThat(resumed.next().inputs().data()).containsExactly(first.data());
    }

    @Test
    void everyBatchHasTheFullSizeAndAnEpochSeesDistinctExamples() {
        BatchStream stream = tenExamples().batches(3, new Rng(2));
        java.util.Set<Float> seen = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            Batch batch = stream.next();
            assertThat(batch.size()).isEqualTo(3);
            for (int j = 0; j < 3; j++) {
                assertThat(seen.add(batch.inputs().get(j, 0))).isTrue();
                assertThat(batch.labels()[j]).isEqualTo((int) batch.inputs().get(j, 0) % 3);
            }
        }
    }

    @Test
    void aBatchLargerThanTheDatasetIsRefusedNamingTheDataset() {
        assertThatThrownBy(() -> tenExamples().batches(11, new Rng(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ten examples has 10 examples, fewer than one batch of 11; lower "
                        + "training.batchSize to 10 or less");
    }

    @Test
    void aPositionOfAnotherKindOfStreamIsRefused() {
        BatchStream stream = tenExamples().batches(2, new Rng(1));

        assertThatThrownBy(() -> stream.restore(new long[] {42}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the position of a finite dataset's stream");
    }

    @Test
    void labelsOutsideTheSpecsClassesAreRefused() {
        assertThatThrownBy(() -> new InMemoryDataset(new DataSpec("x", new int[] {1}, 2), "x",
                Tensor.of(new float[] {1, 2}, 2, 1), new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x has the label 2 at index 1, but its labels run from 0 to 1.");
    }

    @Test
    void examplesThatDoNotMatchTheSpecAreRefused() {
        assertThatThrownBy(() -> new InMemoryDataset(new DataSpec("x", new int[] {3}, 0), "x",
                Tensor.of(new float[4], 2, 2), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The examples of x have the shape")
                .hasMessageContaining("but [N, 3] with N at least 1 was expected");
    }
}
