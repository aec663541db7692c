package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Objects;

/**
 * A named tensor owned by a layer: a trainable weight, or a buffer such as batch norm's
 * running mean. Names are stable dotted paths ({@code "2.weight"}, {@code "block1.conv.bias"});
 * checkpoints and ONNX export use them as keys.
 *
 * @param name   the stable dotted path
 * @param tensor the values; a trainable parameter has {@code requiresGrad} set
 */
public record Parameter(String name, Tensor tensor) {
    /** Checks that both parts are present. */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tensor, "tensor");
    }

    /** The same parameter under {@code prefix + "." + name}, as a container reports its children's. */
    public Parameter prefixed(String prefix) {
        return new Parameter(prefix + "." + name, tensor);
    }

    /**
     * Each of {@code parameters} under {@code prefix + "." + name}, in order: how a container
     * reports a child's parameters ({@code "block1.conv.weight"}). Networks of a system are named
     * by the system, not by this ({@code "generator/0.weight"}).
     */
    public static List<Parameter> prefixAll(String prefix, List<Parameter> parameters) {
        return parameters.stream().map(p -> p.prefixed(prefix)).toList();
    }
}
