package dev.gan4j.core.condition;

import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.spi.Condition;
import java.util.Map;
import java.util.Optional;

/**
 * The condition input of a conditional generator and how what a user asks for becomes its values:
 * a label's name or index, a short text, or an even spread over the classes. The same format serves
 * the model trained in the JVM and the exported ONNX model, which records it in its metadata
 * ({@link #metadata()}, read back by {@link #fromMetadata}), so both turn the same request into the
 * same int64 values and reject the same bad requests with the same message.
 */
public interface ConditionFormat {
    /** The class names, by class index. */
    ClassNames classNames();

    /** Whether {@link #text} accepts texts: true for captions. */
    boolean acceptsText();

    /**
     * The condition asking {@code n} samples of one class.
     *
     * @throws IllegalArgumentException for an unknown name (listing the valid ones) or an index out of range
     */
    Condition label(String label, int n);

    /**
     * The condition asking {@code n} samples that fit a short text; unknown words are left out and
     * named in the description.
     *
     * @throws IllegalArgumentException for an empty text, a text of unknown words only (naming them),
     *                                  or a format of class labels
     */
    Condition text(String text, int n);

    /** The condition in which sample i gets class i mod K. */
    Condition even(int n);

    /** The generator's condition input: its name, int64 element type, shape and meaning. */
    ExportedTensor input();

    /** The entries this format adds to an exported model's metadata; see {@link ConditionMetadata}. */
    Map<String, String> metadata();

    /**
     * The format an exported model records in its metadata.
     *
     * @return empty when the metadata records no condition (an unconditional model)
     * @throws IllegalArgumentException naming the key when an entry is not what gan4j writes
     */
    static Optional<ConditionFormat> fromMetadata(Map<String, String> metadata) {
        return ConditionMetadata.read(metadata);
    }
}
