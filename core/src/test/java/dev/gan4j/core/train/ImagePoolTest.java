package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pool of past fakes: fills first, then swaps about half, keeps its state in buffers. */
class ImagePoolTest {
    /** n images [1, 1, 1] holding the values start, start + 1, ... */
    private static Tensor counting(int start, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = start + i;
        }
        return Tensor.of(v, n, 1, 1, 1);
    }

    @Test
    void fakesPassUntilThePoolIsFullThenAboutHalfAreSwappedForStoredOnes() {
        ImagePool pool = new ImagePool(10, new int[] {1, 1, 1});
        Rng rng = new Rng(1);
        assertThat(pool.query(counting(0, 10), rng).data()).containsExactly(counting(0, 10).data());
        assertThat(pool.size()).isEqualTo(10);

        int swapped = 0;
        Set<Float> seen = new HashSet<>();
        for (int round = 1; round <= 40; round++) {
            float[] out = pool.query(counting(100 * round, 10), rng).data();
            for (int i = 0; i < 10; i++) {
                swapped += out[i] != 100 * round + i ? 1 : 0;
                seen.add(out[i]);
            }
        }
        assertThat(swapped).as("swapped out of 400").isBetween(160, 240);
        assertThat(seen).as("stored images come back").contains(0f);
    }

    @Test
    void theBuffersRestoreAPoolExactly() {
        ImagePool pool = new ImagePool(4, new int[] {1, 1, 1});
        pool.query(counting(0, 6), new Rng(2));
        ImagePool copy = new ImagePool(4, new int[] {1, 1, 1});
        for (int i = 0; i < 2; i++) {
            System.arraycopy(pool.buffers().get(i).tensor().data(), 0, copy.buffers().get(i).tensor().data(), 0,
                    pool.buffers().get(i).tensor().size());
        }
        assertThat(copy.query(counting(50, 6), new Rng(3)).data()).containsExactly(
                pool.query(counting(50, 6), new Rng(3)).data());
        assertThat(pool.forward(counting(0, 2)).data()).containsExactly(0f, 1f);
    }

    @Test
    void aPoolOfSizeZeroPassesEveryFakeAndAWrongShapeIsNamed() {
        ImagePool none = new ImagePool(0, new int[] {1, 1, 1});
        assertThat(none.query(counting(7, 3), new Rng(4)).data()).containsExactly(7f, 8f, 9f);
        assertThatThrownBy(() -> none.query(Tensor.zeros(2, 1, 2, 2), new Rng(4))).hasMessageContaining("[1, 1, 1]")
                .hasMessageContaining("[2, 1, 2, 2]");
        assertThatThrownBy(() -> new ImagePool(-1, new int[] {1})).hasMessageContaining("50 in CycleGAN");
    }
}
