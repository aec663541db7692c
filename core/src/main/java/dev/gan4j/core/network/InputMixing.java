package dev.gan4j.core.network;

import dev.gan4j.core.nn.AxisMixing;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.SymmetryMixing;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional first layers of a translator, for translations that move content across the whole
 * image, which convolutions with a bounded receptive field cannot:
 * <ul>
 *   <li>{@code "symmetries": true}: a {@link SymmetryMixing}, a learned weighting of the image's
 *       turns and mirror images, started at equal weights so the translator assumes no orientation
 *       and training picks the one the target domain agrees with (measured on flip_invert: the
 *       mirror image found in every seed tried, where a learned matrix found it in one of three);</li>
 *   <li>{@code "mixing": true}: a learned mixing of the rows, then of the columns ({@link AxisMixing}),
 *       for any linear rearrangement along each axis (a shift, a crop, a mirror image), started at the
 *       identity.</li>
 * </ul>
 * Both start at the scale of the official initialisation's weights, 0.02 (the symmetry weights sum
 * to it), so Adam's fixed-size steps move them as fast, relative to their size, as they move the
 * convolutions' weights; at scale 1 a 2e-4 step would need thousands of steps to move a matrix
 * anywhere (measured: a flip_invert run with identity matrices never flipped). Nothing is drawn
 * from the random stream, so the rest of the network is initialised as without these layers.
 */
final class InputMixing {
    /** The scale each mixing starts at: the official init's standard deviation. */
    static final double START_SCALE = 0.02;

    private InputMixing() {
    }

    /**
     * {@code network} behind the chosen mixings of images [C, H, W] shaped like {@code image}
     * (symmetries first, then rows and columns), or {@code network} itself when neither is chosen.
     */
    static Layer prepend(Layer network, int[] image, boolean symmetries, boolean mixing, Rng rng) {
        if (!symmetries && !mixing) {
            return network;
        }
        List<Layer> layers = new ArrayList<>();
        if (symmetries) {
            layers.add(new SymmetryMixing(image[1], image[2], SymmetryMixing.equalWeights(START_SCALE), rng));
        }
        if (mixing) {
            layers.add(new AxisMixing(AxisMixing.Axis.HEIGHT, image[1], AxisMixing.identity(START_SCALE), rng));
            layers.add(new AxisMixing(AxisMixing.Axis.WIDTH, image[2], AxisMixing.identity(START_SCALE), rng));
        }
        layers.add(network);
        return new Sequential(layers);
    }

    /** The chosen mixing layers, on paper, for a size estimate. */
    static SizeSketch sketch(SizeSketch sketch, boolean symmetries, boolean mixing) {
        if (symmetries) {
            sketch.symmetries();
        }
        if (mixing) {
            int[] shape = sketch.shape();
            sketch.mixing(shape[1]).mixing(shape[2]);
        }
        return sketch;
    }
}
