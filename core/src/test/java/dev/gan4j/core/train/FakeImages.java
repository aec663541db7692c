package dev.gan4j.core.train;

import dev.gan4j.core.data.BatchStream;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/** A fake image dataset for the trainer's tests: 1×4×4 images, a bright square on a dark ground with noise. */
final class FakeImages implements Dataset {
    @Override
    public DataSpec spec() {
        return new DataSpec("fake-images", new int[] {1, 4, 4}, 0);
    }

    @Override
    public String description() {
        return "1x4x4 fake images";
    }

    @Override
    public BatchStream batches(int batchSize, Rng rng) {
        return new BatchStream() {
            private Rng current = rng;

            @Override
            public Batch next() {
                float[] values = new float[batchSize * 16];
                for (int i = 0; i < values.length; i++) {
                    int pixel = i % 16;
                    boolean inside = pixel / 4 >= 1 && pixel / 4 <= 2 && pixel % 4 >= 1 && pixel % 4 <= 2;
                    values[i] = (inside ? 0.8f : -0.8f) + 0.1f * (float) current.nextGaussian();
                }
                return new Batch(Tensor.of(values, batchSize, 1, 4, 4), null);
            }

            @Override
            public long[] state() {
                return new long[] {current.state()};
            }

            @Override
            public void restore(long[] state) {
                current = Rng.fromState(state[0]);
            }
        };
    }
}
