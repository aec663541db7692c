package dev.gan4j.core.network;

import dev.gan4j.core.nn.AxisMixing;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.tensor.Rng;

/**
 * The optional first layers of a translator ({@code "mixing": true}): a learned mixing of the
 * rows, then of the columns, of the input image ({@link AxisMixing}), so the network can learn a
 * translation that moves content across the whole image (a mirror image, a half-turn, a shift),
 * which its convolutions cannot. Each matrix starts at the identity times 0.02, the scale of the
 * official initialisation's weights, so Adam's fixed-size steps move it as fast, relative to its
 * size, as they move the convolutions' weights; at scale 1 a 2e-4 step would need thousands of steps
 * to move a matrix anywhere (measured: a flip_invert run with identity matrices never flipped). The
 * translator therefore starts as it would without mixing on an input 0.02² times as large. Nothing
 * is drawn from the random stream, so the rest of the network is initialised as without mixing.
 */
final class InputMixing {
    /** The scale of the identity each matrix starts at: the official init's standard deviation. */
    static final double START_SCALE = 0.02;

    private InputMixing() {
    }

    /** {@code network} behind the row and column mixing of images [C, H, W] shaped like {@code image}. */
    static Layer prepend(Layer network, int[] image, Rng rng) {
        return new Sequential(mixing(AxisMixing.Axis.HEIGHT, image[1], rng),
                mixing(AxisMixing.Axis.WIDTH, image[2], rng), network);
    }

    /** The two mixing layers, on paper, for a size estimate. */
    static SizeSketch sketch(SizeSketch sketch) {
        int[] shape = sketch.shape();
        return sketch.mixing(shape[1]).mixing(shape[2]);
    }

    private static AxisMixing mixing(AxisMixing.Axis axis, int size, Rng rng) {
        return new AxisMixing(axis, size, AxisMixing.identity(START_SCALE), rng);
    }
}
