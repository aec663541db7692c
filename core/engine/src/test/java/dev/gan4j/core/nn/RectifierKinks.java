package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the elements whose finite-difference step would flip a rectifier of a Sequential. Where
 * a relu or leaky relu input changes sign, the network's input gradient jumps, and so does a
 * gradient penalty: a central difference across the jump measures the jump, not the derivative.
 * Such elements are left out of the check.
 */
final class RectifierKinks implements ParameterGradientCheck.ElementFilter {
    private final Sequential network;
    private final Tensor input;
    private final List<ParameterGradientCheck.Target> targets;
    private final double step;
    private boolean[] reference;
    private int rejected;

    /**
     * @param network the network whose rectifiers are watched
     * @param input   the input it is evaluated at
     * @param targets the tensors whose elements will be perturbed (input or parameters)
     * @param step    the finite-difference step of the check, before each target's scale
     */
    RectifierKinks(Sequential network, Tensor input, List<ParameterGradientCheck.Target> targets, double step) {
        this.network = network;
        this.input = input;
        this.targets = targets;
        this.step = step;
    }

    @Override
    public boolean usable(int target, int element) {
        if (reference == null) {
            reference = signs();
        }
        float[] data = targets.get(target).tensor().data();
        double h = step * targets.get(target).stepScale();
        float saved = data[element];
        try {
            data[element] = (float) (saved + h);
            boolean up = Arrays.equals(signs(), reference);
            data[element] = (float) (saved - h);
            boolean down = Arrays.equals(signs(), reference);
            if (!(up && down)) {
                rejected++;
            }
            return up && down;
        } finally {
            data[element] = saved;
        }
    }

    /** How many elements were rejected so far. */
    int rejected() {
        return rejected;
    }

    /** The sign of every rectifier input, in layer order. */
    private boolean[] signs() {
        boolean[] all = new boolean[0];
        try (GradMode.Scope scope = GradMode.noGrad()) {
            Tensor x = input;
            for (Layer layer : network.layers()) {
                if (layer instanceof LeakyReLU || layer instanceof ReLU) {
                    float[] d = x.data();
                    int start = all.length;
                    all = Arrays.copyOf(all, start + d.length);
                    for (int i = 0; i < d.length; i++) {
                        all[start + i] = d[i] > 0f;
                    }
                }
                x = layer.forward(x);
            }
        }
        return all;
    }
}
