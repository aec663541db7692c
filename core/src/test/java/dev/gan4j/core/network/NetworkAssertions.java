package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/** Checks shared by the network-type tests. */
final class NetworkAssertions {
    private NetworkAssertions() {
    }

    /** Backpropagates the sum of the output for {@code input} and asserts that every parameter got a gradient. */
    static void gradientReachesEveryParameter(Layer network, Tensor input) {
        for (Parameter p : network.parameters()) {
            p.tensor().zeroGrad();
        }
        network.forward(input).square().sum().backward();
        for (Parameter p : network.parameters()) {
            assertThat(p.tensor().grad()).as("gradient of " + p.name()).isNotNull();
            assertThat(maxAbs(p.tensor().grad().data())).as("largest gradient of " + p.name()).isPositive();
        }
    }

    /** Asserts the two networks have parameters of the same shapes, in order. */
    static void sameParameterShapes(Layer actual, Layer expected) {
        List<Parameter> a = actual.parameters();
        List<Parameter> e = expected.parameters();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).tensor().shape()).as(a.get(i).name()).isEqualTo(e.get(i).tensor().shape());
        }
    }

    /** Asserts the two networks have the same parameter values, bit for bit, in order. */
    static void sameParameterValues(Layer actual, Layer expected) {
        List<Parameter> a = actual.parameters();
        List<Parameter> e = expected.parameters();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.size(); i++) {
            // isEqualTo compares in one pass (the same bits); containsExactly's element diff is quadratic in the length
            assertThat(a.get(i).tensor().data()).as(a.get(i).name()).isEqualTo(e.get(i).tensor().data());
        }
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
