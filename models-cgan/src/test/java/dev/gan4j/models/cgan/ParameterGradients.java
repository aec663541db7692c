package dev.gan4j.models.cgan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.function.Supplier;

/**
 * Compares autograd's gradients of a layer's output with respect to its parameters against
 * central finite differences (perturbing each parameter value in place): the parameter-side
 * counterpart of core's GradientCheck, which covers inputs. The output is projected on fixed
 * random weights; an element passes within 2% of the numeric value plus a small absolute slack.
 */
final class ParameterGradients {
    private static final double EPSILON = 1e-2;

    private ParameterGradients() {
    }

    /** Checks every parameter's gradient of {@code forward}, which recomputes the output from the current values. */
    static void check(Supplier<Tensor> forward, List<Parameter> parameters) {
        Tensor out = forward.get();
        Tensor weights = Tensor.uniform(new Rng(99), 0.5f, 1.5f, out.dims());
        List<Tensor> tensors = parameters.stream().map(Parameter::tensor).toList();
        List<Tensor> analytic = Autograd.grad(List.of(out.mul(weights).sum()), tensors, false);
        for (int i = 0; i < tensors.size(); i++) {
            float[] values = tensors.get(i).data();
            float[] grad = analytic.get(i).toArray();
            double scale = 0;
            double[] numeric = new double[values.length];
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                for (int k = 0; k < values.length; k++) {
                    float saved = values[k];
                    values[k] = (float) (saved + EPSILON);
                    double up = forward.get().mul(weights).sum().item();
                    values[k] = (float) (saved - EPSILON);
                    double down = forward.get().mul(weights).sum().item();
                    values[k] = saved;
                    numeric[k] = (up - down) / (2 * EPSILON);
                    scale = Math.max(scale, Math.abs(numeric[k]));
                }
            }
            for (int k = 0; k < values.length; k++) {
                double allowed = 0.02 * Math.abs(numeric[k]) + 1e-3 * Math.max(scale, 1e-3);
                assertThat(Math.abs(grad[k] - numeric[k])).as("gradient of " + parameters.get(i).name() + "[" + k
                        + "]: autograd " + grad[k] + ", finite differences " + numeric[k]).isLessThanOrEqualTo(allowed);
            }
        }
    }
}
