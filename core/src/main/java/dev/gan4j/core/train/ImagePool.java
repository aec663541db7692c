package dev.gan4j.core.train;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * A pool of past generated images for a discriminator (Shrivastava et al. 2017, as CycleGAN uses
 * it): until the pool is full each fake is stored and passed on; after that each fake is, with
 * probability ½, swapped for a random stored one (which it replaces), else passed on. The
 * discriminator then sees fakes from the generator's recent history, which damps oscillation.
 *
 * <p>The pool is a layer only so that a system can list it among its networks: its images and
 * fill count are buffers, so checkpoints keep them and a resumed run continues exactly. Its
 * {@link #forward} returns the input unchanged; training calls {@link #query}, with a generator
 * the checkpoint also keeps (the trainer's noise).
 */
public final class ImagePool extends AbstractLayer {
    private final int capacity;
    private final int[] imageShape;
    private final Tensor images;
    private final Tensor filled;

    /**
     * An empty pool of {@code capacity} images of shape {@code imageShape} ([C, H, W]); a capacity
     * of 0 passes every fake on.
     */
    public ImagePool(int capacity, int[] imageShape) {
        if (capacity < 0) {
            throw new IllegalArgumentException("The image pool's size is " + capacity + ", but it must be 0 (no pool) "
                    + "or more (50 in CycleGAN).");
        }
        this.capacity = capacity;
        this.imageShape = imageShape.clone();
        int[] dims = new int[imageShape.length + 1];
        dims[0] = Math.max(capacity, 1);
        System.arraycopy(imageShape, 0, dims, 1, imageShape.length);
        this.images = Tensor.zeros(dims);
        this.filled = Tensor.zeros(1);
    }

    /** The number of images the pool holds when full. */
    public int capacity() {
        return capacity;
    }

    /** The number of images stored so far. */
    public int size() {
        return (int) filled.data()[0];
    }

    /**
     * The images for the discriminator in place of {@code fakes} ([N, ...imageShape]), detached
     * from any graph; updates the pool.
     *
     * @param rng draws the swaps; give it a generator a checkpoint keeps
     */
    public Tensor query(Tensor fakes, Rng rng) {
        int[] dims = fakes.dims();
        if (dims.length != imageShape.length + 1 || !Arrays.equals(Arrays.copyOfRange(dims, 1, dims.length), imageShape)) {
            throw new IllegalArgumentException("The image pool holds images of shape " + Arrays.toString(imageShape)
                    + ", but was given " + fakes.shape() + ".");
        }
        float[] source = fakes.data();
        if (capacity == 0) {
            return Tensor.of(source.clone(), dims);
        }
        int size = source.length / dims[0];
        float[] out = new float[source.length];
        float[] stored = images.data();
        int count = size();
        for (int i = 0; i < dims[0]; i++) {
            int from = i * size;
            if (count < capacity) {
                System.arraycopy(source, from, stored, count * size, size);
                System.arraycopy(source, from, out, from, size);
                count++;
            } else if (rng.nextFloat() > 0.5f) {
                int slot = rng.nextInt(capacity);
                System.arraycopy(stored, slot * size, out, from, size);
                System.arraycopy(source, from, stored, slot * size, size);
            } else {
                System.arraycopy(source, from, out, from, size);
            }
        }
        filled.data()[0] = count;
        return Tensor.of(out, dims);
    }

    /** Returns {@code input} unchanged: the pool takes part in training through {@link #query} only. */
    @Override
    public Tensor forward(Tensor input) {
        return input;
    }

    /** "images" [capacity, ...imageShape] and "filled" [1], so checkpoints keep the pool. */
    @Override
    public List<Parameter> buffers() {
        return List.of(new Parameter("images", images), new Parameter("filled", filled));
    }

    @Override
    public String toString() {
        return "ImagePool(" + capacity + " of " + Arrays.toString(imageShape) + ")";
    }
}
