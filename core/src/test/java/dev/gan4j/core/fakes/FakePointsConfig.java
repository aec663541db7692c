package dev.gan4j.core.fakes;

import dev.gan4j.core.data.BatchStream;
import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * A data source named {@code "fake-points"}: standard normal points in {@code dimensions} dimensions.
 *
 * @param dimensions the size of one point (default 2)
 */
public record FakePointsConfig(int dimensions) implements DataConfig {
    /** Applies the default. */
    public FakePointsConfig {
        dimensions = dimensions == 0 ? 2 : dimensions;
    }

    @Override
    public Dataset open(DataContext context) {
        DataSpec spec = new DataSpec("fake-points", new int[] {dimensions}, 0);
        return new Dataset() {
            @Override
            public DataSpec spec() {
                return spec;
            }

            @Override
            public String description() {
                return "fake-points: standard normal in " + dimensions + " dimensions";
            }

            @Override
            public BatchStream batches(int batchSize, Rng rng) {
                return new BatchStream() {
                    private Rng current = rng;

                    @Override
                    public Batch next() {
                        return new Batch(Tensor.randn(current, batchSize, dimensions), null);
                    }

                    @Override
                    public long[] state() {
                        return new long[] {current.state()};
                    }

                    @Override
                    public void restore(long[] state) {
                        if (state.length != 1) {
                            throw new IllegalArgumentException("A fake-points stream's state is one number, but "
                                    + state.length + " were given.");
                        }
                        current = Rng.fromState(state[0]);
                    }
                };
            }
        };
    }
}
