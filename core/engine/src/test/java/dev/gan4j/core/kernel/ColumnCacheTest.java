package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnCacheTest {
    private static final ConvGeometry G = new ConvGeometry(2, 3, 6, 6, 4, 3, 3, 2, 2, 1, 1);
    private static final ConvGeometry OTHER = new ConvGeometry(2, 3, 6, 6, 4, 3, 3, 1, 1, 1, 1);

    @Test
    void findsAnExpansionByInputArrayAndGeometryWhileTheValuesAreUnchanged() {
        ColumnCache cache = new ColumnCache(1000);
        float[] x = new float[G.inputSize()];
        float[] columns = cache.acquire(100);
        cache.put(x, G, columns);

        assertThat(cache.find(x, G)).isSameAs(columns);
        assertThat(cache.find(x.clone(), G)).isNull();
        assertThat(cache.find(x, OTHER)).isNull();
        x[G.inputSize() - 1] = 1f;
        assertThat(cache.find(x, G)).as("changed in place since the forward pass").isNull();
    }

    @Test
    void dropsTheLeastRecentPastItsCapacityAndHandsTheArrayOutAgain() {
        ColumnCache cache = new ColumnCache(250 + 2 * G.inputSize());
        float[] first = new float[G.inputSize()];
        float[] second = new float[G.inputSize()];
        float[] third = new float[G.inputSize()];
        float[] oldest = cache.acquire(100);
        cache.put(first, G, oldest);
        cache.put(second, G, cache.acquire(100));
        cache.put(third, G, cache.acquire(100));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.find(first, G)).isNull();
        assertThat(cache.find(third, G)).isNotNull();
        assertThat(cache.acquire(100)).isSameAs(oldest);
        assertThat(cache.acquire(100)).isNotSameAs(oldest).hasSize(100);
    }

    @Test
    void aNewExpansionOfTheSameInputReplacesTheOldOne() {
        ColumnCache cache = new ColumnCache(1000);
        float[] x = new float[G.inputSize()];
        float[] before = cache.acquire(100);
        cache.put(x, G, before);
        float[] after = cache.acquire(100);
        cache.put(x, G, after);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.find(x, G)).isSameAs(after);
    }

    @Test
    void weightGradientAfterTheForwardPassGivesTheSameBitsAsWithout() {
        Random random = new Random(3);
        ConvGeometry g = new ConvGeometry(3, 5, 9, 8, 6, 4, 4, 2, 2, 1, 1);
        float[] x = filled(g.inputSize(), random);
        float[] w = filled(g.weightSize(), random);
        float[] dy = filled(g.outputSize(), random);
        float[] fresh = new float[g.weightSize()];
        new JavaKernelBackend(2).conv2dWeightGrad(g, x, dy, fresh);

        JavaKernelBackend backend = new JavaKernelBackend(2);
        backend.conv2d(g, x, w, new float[g.outputSize()]);
        float[] reused = new float[g.weightSize()];
        backend.conv2dWeightGrad(g, x, dy, reused);
        assertThat(reused).containsExactly(fresh);

        // values changed in place after the forward pass (finite differences do this) are expanded again
        for (int i = 0; i < x.length; i++) {
            x[i] = -x[i];
        }
        backend.conv2dWeightGrad(g, x, dy, reused);
        float[] negated = new float[g.weightSize()];
        new JavaKernelBackend(2).conv2dWeightGrad(g, x, dy, negated);
        assertThat(reused).containsExactly(negated);
    }

    private static float[] filled(int size, Random random) {
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            v[i] = random.nextFloat() - 0.5f;
        }
        return v;
    }
}
