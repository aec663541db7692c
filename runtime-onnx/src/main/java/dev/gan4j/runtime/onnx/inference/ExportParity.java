package dev.gan4j.runtime.onnx.inference;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.MultiInputLayer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares an exported model with the network it was exported from: the JVM forward pass in
 * evaluation mode, without a graph, against ONNX Runtime, on the same inputs. {@code gan4j export}
 * runs it after each export, and the parity tests run it on every network.
 */
public final class ExportParity {
    private ExportParity() {
    }

    /**
     * Compares on {@code batch} inputs drawn standard normal from {@code rng}, input by input.
     *
     * @throws IllegalArgumentException when the part has an int64 input, whose values only the caller knows
     */
    public static ParityReport compare(ExportablePart part, OnnxGenerator model, int batch, Rng rng) {
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (ExportedTensor input : part.inputs()) {
            if (input.elementType() != ExportedTensor.ElementType.FLOAT32) {
                throw new IllegalArgumentException("The part '" + part.name() + "' takes the int64 input '"
                        + input.name() + "' (" + input.meaning() + "); give its values with compare(part, model, inputs).");
            }
            int[] dims = input.shape();
            dims[0] = batch;
            inputs.put(input.name(), Tensor.randn(rng, dims));
        }
        return compare(part, model, inputs);
    }

    /** Compares on the given inputs, by name (int64 inputs as tensors of whole numbers). */
    public static ParityReport compare(ExportablePart part, OnnxGenerator model, Map<String, Tensor> inputs) {
        Tensor expected = jvmForward(part, inputs);
        Tensor actual = model.generate(inputs);
        if (!expected.shape().equals(actual.shape())) {
            throw new IllegalStateException("The exported part '" + part.name() + "' gives shape " + actual.shape()
                    + " in ONNX Runtime but " + expected.shape() + " in the JVM.");
        }
        float[] e = expected.data();
        float[] a = actual.data();
        double maxAbsolute = 0;
        double maxRelative = 0;
        for (int i = 0; i < e.length; i++) {
            double diff = Math.abs((double) a[i] - e[i]);
            if (Double.isNaN(diff)) {
                diff = Double.POSITIVE_INFINITY;
            }
            maxAbsolute = Math.max(maxAbsolute, diff);
            maxRelative = Math.max(maxRelative, diff / Math.max(Math.abs(e[i]), 1.0));
        }
        return new ParityReport(part.name(), expected.dim(0), maxAbsolute, maxRelative);
    }

    /** The part's network in evaluation mode without a graph, its mode restored after. */
    public static Tensor jvmForward(ExportablePart part, Map<String, Tensor> inputs) {
        Layer network = part.network();
        boolean training = network.isTraining();
        network.train(false);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            if (network instanceof MultiInputLayer multi) {
                List<Tensor> ordered = new ArrayList<>();
                for (ExportedTensor input : part.inputs()) {
                    ordered.add(inputs.get(input.name()));
                }
                return multi.forward(ordered);
            }
            return network.forward(inputs.get(part.inputs().get(0).name()));
        } finally {
            network.train(training);
        }
    }
}
