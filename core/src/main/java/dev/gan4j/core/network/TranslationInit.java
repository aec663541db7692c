package dev.gan4j.core.network;

import dev.gan4j.core.nn.Init;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;

/**
 * The initialisation of the official CycleGAN and pix2pix code ({@code init_type='normal'},
 * gain 0.02): convolution and linear weights N(0, 0.02), norm scales N(1, 0.02), biases 0, drawn
 * in parameter order.
 */
final class TranslationInit {
    private static final double STD = 0.02;

    private TranslationInit() {
    }

    /** Re-initialises every parameter of {@code network} and returns it. */
    static <L extends Layer> L apply(L network, Rng rng) {
        for (Parameter p : network.parameters()) {
            if (p.name().endsWith("bias")) {
                Init.zeros().fill(p.tensor(), rng);
            } else if (p.tensor().rank() >= 2) {
                Init.normal(0, STD).fill(p.tensor(), rng);
            } else {
                Init.normal(1, STD).fill(p.tensor(), rng);
            }
        }
        return network;
    }

    /** The image shape [C, H, W] of {@code data}, square, or a sentence naming the network type. */
    static int[] squareImage(String typeId, dev.gan4j.core.spi.DataSpec data) {
        int[] shape = data.sampleShape();
        if (!data.isImage() || shape[1] != shape[2]) {
            throw new IllegalArgumentException("The " + typeId + " network type builds convolutional networks for square "
                    + "images [C, H, H], but the data " + data.name() + " has samples of shape "
                    + java.util.Arrays.toString(shape) + "; resize the images to a square (data.size).");
        }
        return shape;
    }
}
