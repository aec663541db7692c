package dev.gan4j.core.export;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.MultiInputLayer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A network a {@link dev.gan4j.core.spi.GanSystem} can ship on its own as one ONNX model
 * ({@code generator.onnx}, {@code decoder.onnx}, ...), with the description of its inputs and
 * output that goes into the model's metadata. The exporter writes the network as it is at export
 * time: in evaluation mode, with the averaged weights when the run kept them.
 *
 * @param name    the part's file stem and its name in messages ({@code "generator"})
 * @param network the layers; a {@link MultiInputLayer} taking the inputs in order when there are several
 * @param inputs  the model inputs, in the order the network takes them
 * @param output  the model output
 * @param metadata further entries for the model's metadata, beyond the description of the inputs and
 *                 output (a conditional generator's class names and vocabulary); keys start with
 *                 {@code "gan4j."}, values are strings (JSON where structured)
 */
public record ExportablePart(String name, Layer network, List<ExportedTensor> inputs, ExportedTensor output,
                             Map<String, String> metadata) {
    /** The output name of every generator-like part. */
    public static final String SAMPLE = "sample";
    /** The noise input name of every generator-like part. */
    public static final String NOISE = "z";
    /** The input name of every translator part. */
    public static final String TRANSLATOR_INPUT = "x";
    /** The output name of every translator part. */
    public static final String TRANSLATOR_OUTPUT = "y";
    /** The metadata key of a translator's domains and pixel ranges (JSON, see {@link TranslationMetadata}). */
    public static final String TRANSLATION_KEY = "gan4j.translation";

    /** Checks that the network can take the inputs. */
    public ExportablePart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(output, "output");
        inputs = List.copyOf(inputs);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        for (String key : metadata.keySet()) {
            if (!key.startsWith("gan4j.")) {
                throw new IllegalArgumentException("The metadata key '" + key + "' of the exportable part '" + name
                        + "' must start with \"gan4j.\", the namespace gan4j reads back.");
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("The exportable part '" + name + "' needs at least one input.");
        }
        if (inputs.size() > 1 && !(network instanceof MultiInputLayer)) {
            throw new IllegalArgumentException("The exportable part '" + name + "' has " + inputs.size()
                    + " inputs, so its network must be a MultiInputLayer, but it is a "
                    + network.getClass().getName() + ".");
        }
        if (network instanceof MultiInputLayer multi && multi.inputCount() != inputs.size()) {
            throw new IllegalArgumentException("The exportable part '" + name + "' declares " + inputs.size()
                    + " inputs, but its network takes " + multi.inputCount() + ".");
        }
    }

    /** A part without further metadata. */
    public ExportablePart(String name, Layer network, List<ExportedTensor> inputs, ExportedTensor output) {
        this(name, network, inputs, output, Map.of());
    }

    /**
     * A generator from standard normal noise {@code z} [N, latentSize] to {@code sample} of one
     * example's shape ({@code DataSpec.sampleShape()}): images [N, C, H, W] in [−1, 1], or vectors [N, D].
     */
    public static ExportablePart generator(String name, Layer network, int latentSize, int[] sampleShape) {
        return new ExportablePart(name, network,
                List.of(new ExportedTensor(NOISE, ExportedTensor.ElementType.FLOAT32,
                        new int[] {ExportedTensor.BATCH, latentSize}, "standard normal noise N(0, I)")),
                sampleOutput(sampleShape));
    }

    /**
     * The {@code sample} output of a generator of examples shaped {@code sampleShape} ([C, H, W]
     * images or [D] vectors), with its layout and range.
     */
    public static ExportedTensor sampleOutput(int[] sampleShape) {
        int[] shape = new int[sampleShape.length + 1];
        shape[0] = ExportedTensor.BATCH;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        String meaning = sampleShape.length == 3
                ? "images, NCHW layout, values in [-1, 1] (map to pixels as (v + 1) * 127.5)"
                : "vectors in the data's own coordinates";
        return new ExportedTensor(SAMPLE, ExportedTensor.ElementType.FLOAT32, shape, meaning);
    }

    /**
     * A translator from images {@code x} [N, ...inputShape] of domain {@code from} to images
     * {@code y} [N, ...outputShape] of domain {@code to}, both NCHW in [−1, 1]; the domains and
     * pixel ranges go into the metadata under {@link #TRANSLATION_KEY}.
     */
    public static ExportablePart translator(String name, Layer network, TranslationMetadata translation) {
        String range = "NCHW layout, values in [-1, 1] (pixels as (v + 1) * 127.5)";
        return new ExportablePart(name, network,
                List.of(new ExportedTensor(TRANSLATOR_INPUT, ExportedTensor.ElementType.FLOAT32,
                        batched(translation.inputShape()), "images of domain " + translation.from() + ", " + range)),
                new ExportedTensor(TRANSLATOR_OUTPUT, ExportedTensor.ElementType.FLOAT32,
                        batched(translation.outputShape()), "images of domain " + translation.to() + ", " + range),
                Map.of(TRANSLATION_KEY, translation.toJson()));
    }

    private static int[] batched(int[] sample) {
        int[] shape = new int[sample.length + 1];
        shape[0] = ExportedTensor.BATCH;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        return shape;
    }
}
