package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A learned linear mixing of the positions along one spatial axis of [N, C, H, W] images: with the
 * weight M [S, S] (S the axis length), output position i is Σ_j M[i, j]·(input position j), the
 * same M for every image, channel and position on the other axis. It is the token mixing of
 * MLP-Mixer, one axis at a time, and lets one layer move content across the whole image (a mirror
 * image is a permutation matrix along the width; a half-turn is one along each axis), which
 * convolutions cannot do with a bounded receptive field. The matrix is the parameter "weight".
 */
public final class AxisMixing extends AbstractLayer {
    /** The spatial axis a mixing layer mixes. */
    public enum Axis {
        /** Rows: axis 2 of [N, C, H, W]. */
        HEIGHT(2),
        /** Columns: axis 3 of [N, C, H, W]. */
        WIDTH(3);

        private final int dimension;

        Axis(int dimension) {
            this.dimension = dimension;
        }

        /** The axis index in [N, C, H, W]. */
        public int dimension() {
            return dimension;
        }
    }

    private final Axis axis;
    private final int size;
    private final Tensor weight;

    /** A mixing of {@code size} positions along {@code axis}, its weight filled by {@code init} from {@code rng}. */
    public AxisMixing(Axis axis, int size, Init init, Rng rng) {
        this.axis = java.util.Objects.requireNonNull(axis, "axis");
        if (size <= 0) {
            throw new IllegalArgumentException("AxisMixing needs a positive axis length, but got " + size + ".");
        }
        this.size = size;
        this.weight = Tensor.zeros(size, size);
        init.fill(weight, rng);
        weight.requiresGrad(true);
    }

    /**
     * The identity matrix times {@code scale}: a mixing that starts by passing its input through,
     * scaled; it draws nothing from the random stream.
     */
    public static Init identity(double scale) {
        float diagonal = (float) scale;
        return (tensor, rng) -> {
            int n = tensor.dim(0);
            float[] data = tensor.data();
            java.util.Arrays.fill(data, 0f);
            for (int i = 0; i < n; i++) {
                data[i * n + i] = diagonal;
            }
        };
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() != 4 || input.dim(axis.dimension()) != size) {
            throw new IllegalArgumentException(this + " needs images [N, C, H, W] with " + size + " positions along its "
                    + "axis, but got " + input.shape() + "; build it for the image size the network is given.");
        }
        if (axis == Axis.WIDTH) {
            return mixLastAxis(input);
        }
        return mixLastAxis(input.permute(0, 1, 3, 2)).permute(0, 1, 3, 2);
    }

    private Tensor mixLastAxis(Tensor images) {
        int[] dims = images.dims();
        return images.reshape(-1, size).matmul(weight, false, true).reshape(dims);
    }

    /** The axis mixed. */
    public Axis axis() {
        return axis;
    }

    /** The number of positions along the axis. */
    public int size() {
        return size;
    }

    /** The mixing matrix [S, S]: row i holds the weights of output position i. */
    public Tensor weight() {
        return weight;
    }

    /** "weight", [S, S]. */
    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("weight", weight));
    }

    @Override
    public String toString() {
        return "AxisMixing(" + axis.name().toLowerCase(java.util.Locale.ROOT) + ", " + size + ")";
    }
}
