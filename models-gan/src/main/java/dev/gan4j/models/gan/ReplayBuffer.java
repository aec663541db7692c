package dev.gan4j.models.gan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * The replay buffer of the {@code ebm} family: the negatives of earlier Langevin chains, from which
 * most new chains continue (Du and Mordatch, 2019), so that short chains add up to long ones over
 * training. It holds up to a fixed number of samples and, once full, overwrites the oldest first.
 *
 * <p>It is a layer with buffers only ({@code "samples"}, [capacity, sampleShape...], and
 * {@code "state"}, the number filled and the next slot to write), so checkpoints keep it and a
 * resumed run continues from the same negatives; it has no trainable parameters. Its
 * {@link #forward} gathers stored samples by index.
 */
final class ReplayBuffer extends AbstractLayer {
    private final int capacity;
    private final int[] sampleShape;
    private final int sampleSize;
    private final Tensor samples;
    /** [filled, next]: both at most the capacity, so a float holds them exactly. */
    private final Tensor state;

    ReplayBuffer(int capacity, int[] sampleShape) {
        if (capacity < 1) {
            throw new IllegalArgumentException("ebm.bufferSize is " + capacity + ", but it must be 1 or more: the number"
                    + " of earlier negatives the replay buffer keeps (10000 is usual).");
        }
        this.capacity = capacity;
        this.sampleShape = sampleShape.clone();
        int size = 1;
        for (int d : sampleShape) {
            size *= d;
        }
        this.sampleSize = size;
        int[] dims = new int[sampleShape.length + 1];
        dims[0] = capacity;
        System.arraycopy(sampleShape, 0, dims, 1, sampleShape.length);
        this.samples = Tensor.zeros(dims);
        this.state = Tensor.zeros(2);
    }

    /** How many samples it holds (at most its capacity). */
    int filled() {
        return (int) state.data()[0];
    }

    /** The most samples it holds. */
    int capacity() {
        return capacity;
    }

    /** {@code n} stored samples picked uniformly at random (with replacement) by {@code rng}; the buffer must not be empty. */
    Tensor draw(int n, Rng rng) {
        int filled = filled();
        if (filled == 0) {
            throw new IllegalStateException("The replay buffer is empty: it fills while the ebm family trains, so"
                    + " sample from a checkpoint of a run that has taken at least one step, or from fresh noise.");
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = rng.nextInt(filled);
        }
        return gather(indices);
    }

    /** Stores the samples [n, sampleShape...] (values copied), overwriting the oldest when full. */
    void add(Tensor batch) {
        int n = batch.dim(0);
        if (batch.size() != n * sampleSize) {
            throw new IllegalArgumentException("The replay buffer stores samples of shape " + Arrays.toString(sampleShape)
                    + ", but was given a batch of shape " + batch.shape() + ".");
        }
        float[] from = batch.data();
        float[] to = samples.data();
        float[] s = state.data();
        int filled = (int) s[0];
        int next = (int) s[1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(from, i * sampleSize, to, next * sampleSize, sampleSize);
            next = (next + 1) % capacity;
            filled = Math.min(capacity, filled + 1);
        }
        s[0] = filled;
        s[1] = next;
    }

    /** The stored samples at the given indices, [k] (whole numbers below the number filled), as [k, sampleShape...]. */
    @Override
    public Tensor forward(Tensor indices) {
        float[] values = indices.data();
        int[] picked = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            picked[i] = (int) values[i];
            if (picked[i] != values[i] || picked[i] < 0 || picked[i] >= filled()) {
                throw new IllegalArgumentException("Replay buffer index " + values[i] + " is not a whole number in [0, "
                        + filled() + "), the samples it holds.");
            }
        }
        return gather(picked);
    }

    private Tensor gather(int[] indices) {
        float[] out = new float[indices.length * sampleSize];
        float[] from = samples.data();
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(from, indices[i] * sampleSize, out, i * sampleSize, sampleSize);
        }
        int[] dims = new int[sampleShape.length + 1];
        dims[0] = indices.length;
        System.arraycopy(sampleShape, 0, dims, 1, sampleShape.length);
        return Tensor.of(out, dims);
    }

    /** The stored samples and the fill state, for checkpoints. */
    @Override
    public List<Parameter> buffers() {
        return List.of(new Parameter("samples", samples), new Parameter("state", state));
    }

    @Override
    public String toString() {
        return "ReplayBuffer(" + capacity + " x " + Arrays.toString(sampleShape) + ")";
    }
}
