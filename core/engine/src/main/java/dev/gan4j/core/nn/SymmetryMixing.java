package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A learned weighting of an image's symmetries: for [N, C, H, W] images, y = Σ_g w[g]·g(x) over
 * the 8 symmetries of a square (the dihedral group: the identity, the three rotations, the two
 * mirror images and the two diagonal reflections) or the 4 of a rectangle (the identity, the two
 * mirror images and the half-turn). The weight w, one number per symmetry, is the parameter
 * "weight", in the order of {@link #symmetries()}.
 *
 * <p>It lets a translator learn a translation that turns or mirrors the whole image, which neither
 * convolutions nor a gradient-trained mixing matrix find reliably: started at equal weights
 * (every orientation at once), the layer assumes no orientation, and training moves the weight to
 * the symmetries the target domain's images agree with. The search is over 8 numbers, not over
 * every linear map, so it cannot settle on a scrambled image.
 */
public final class SymmetryMixing extends AbstractLayer {
    /**
     * One symmetry of an image grid, as up to three steps in this order: exchange rows and columns
     * (a reflection in the main diagonal; square images only), then reverse the rows (top to bottom),
     * then reverse the columns (left to right).
     *
     * @param transpose      whether rows and columns are exchanged first
     * @param reverseRows    whether the rows are then reversed (a top-bottom mirror image)
     * @param reverseColumns whether the columns are then reversed (a left-right mirror image)
     */
    public record Symmetry(boolean transpose, boolean reverseRows, boolean reverseColumns) {
        /** {@code images} [N, C, H, W] under this symmetry (a new tensor, differentiable). */
        public Tensor apply(Tensor images) {
            Tensor out = transpose ? images.transpose(2, 3) : images;
            if (reverseRows) {
                out = out.indexSelect(2, reversed(out.dim(2)));
            }
            if (reverseColumns) {
                out = out.indexSelect(3, reversed(out.dim(3)));
            }
            return out;
        }

        /** The positions 0..n-1 in reverse order. */
        public static int[] reversed(int n) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = n - 1 - i;
            }
            return order;
        }
    }

    private final int height;
    private final int width;
    private final List<Symmetry> symmetries;
    private final Tensor weight;

    /**
     * The weighting of the symmetries of {@code height}×{@code width} images, its weight filled by
     * {@code init} from {@code rng} (see {@link #equalWeights(double)}).
     */
    public SymmetryMixing(int height, int width, Init init, Rng rng) {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("SymmetryMixing needs a positive image size, but got " + height + "×"
                    + width + ".");
        }
        this.height = height;
        this.width = width;
        this.symmetries = symmetriesOf(height == width);
        this.weight = Tensor.zeros(symmetries.size());
        Objects.requireNonNull(init, "init").fill(weight, rng);
        weight.requiresGrad(true);
    }

    /**
     * Every symmetry weighted {@code total / count}: all orientations at once, none preferred, their
     * weights summing to {@code total}; it draws nothing from the random stream.
     */
    public static Init equalWeights(double total) {
        return (tensor, rng) -> java.util.Arrays.fill(tensor.data(), (float) (total / tensor.size()));
    }

    /** How many symmetries a layer for {@code height}×{@code width} images weights: 8 if square, else 4. */
    public static int symmetryCount(int height, int width) {
        return symmetriesOf(height == width).size();
    }

    private static List<Symmetry> symmetriesOf(boolean square) {
        List<Symmetry> all = new ArrayList<>();
        for (int transpose = 0; transpose < (square ? 2 : 1); transpose++) {
            for (int rows = 0; rows < 2; rows++) {
                for (int columns = 0; columns < 2; columns++) {
                    all.add(new Symmetry(transpose == 1, rows == 1, columns == 1));
                }
            }
        }
        return List.copyOf(all);
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() != 4 || input.dim(2) != height || input.dim(3) != width) {
            throw new IllegalArgumentException(this + " needs images [N, C, " + height + ", " + width + "], but got "
                    + input.shape() + "; build it for the image size the network is given.");
        }
        Tensor sum = null;
        for (int g = 0; g < symmetries.size(); g++) {
            Tensor term = symmetries.get(g).apply(input).mul(weight.slice(0, g, g + 1).reshape(1, 1, 1, 1));
            sum = sum == null ? term : sum.add(term);
        }
        return sum;
    }

    /** The symmetries weighted, in the order of the weight's entries: 8 for square images, else 4. */
    public List<Symmetry> symmetries() {
        return symmetries;
    }

    /** The image height the layer was built for. */
    public int height() {
        return height;
    }

    /** The image width the layer was built for. */
    public int width() {
        return width;
    }

    /** The weights, one per symmetry. */
    public Tensor weight() {
        return weight;
    }

    /** "weight", [8] for square images, [4] otherwise. */
    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("weight", weight));
    }

    @Override
    public String toString() {
        return "SymmetryMixing(" + height + "×" + width + ")";
    }
}
