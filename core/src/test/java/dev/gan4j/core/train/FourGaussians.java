package dev.gan4j.core.train;

import dev.gan4j.core.data.BatchStream;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/** A fake 2-D dataset for the trainer's tests: four Gaussians at (±1, ±1), drawn afresh for each batch. */
final class FourGaussians implements Dataset {
    @Override
    public DataSpec spec() {
        return new DataSpec("four-gaussians", new int[] {2}, 0);
    }

    @Override
    public String description() {
        return "four Gaussians at (±1, ±1), standard deviation 0.05";
    }

    @Override
    public BatchStream batches(int batchSize, Rng rng) {
        return new Stream(batchSize, rng);
    }

    /** A stream whose whole position is its generator's state. */
    private static final class Stream implements BatchStream {
        private final int batchSize;
        private Rng rng;

        Stream(int batchSize, Rng rng) {
            this.batchSize = batchSize;
            this.rng = rng;
        }

        @Override
        public Batch next() {
            float[] xy = new float[batchSize * 2];
            for (int i = 0; i < batchSize; i++) {
                int mode = rng.nextInt(4);
                xy[2 * i] = (mode % 2 == 0 ? -1f : 1f) + (float) (0.05 * rng.nextGaussian());
                xy[2 * i + 1] = (mode / 2 == 0 ? -1f : 1f) + (float) (0.05 * rng.nextGaussian());
            }
            return new Batch(Tensor.of(xy, batchSize, 2), null);
        }

        @Override
        public long[] state() {
            return new long[] {rng.state()};
        }

        @Override
        public void restore(long[] state) {
            if (state.length != 1) {
                throw new IllegalArgumentException("The four-Gaussians stream's state is one number, but got "
                        + state.length + ".");
            }
            rng = Rng.fromState(state[0]);
        }
    }
}
