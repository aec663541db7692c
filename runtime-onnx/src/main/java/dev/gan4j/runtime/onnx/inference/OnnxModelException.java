package dev.gan4j.runtime.onnx.inference;

import java.io.IOException;

/** A file that cannot be run as an ONNX model: not ONNX, truncated or damaged, or of a form OnnxGenerator does not run. */
public final class OnnxModelException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, which names the file. */
    public OnnxModelException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, which names the file, caused by {@code cause}. */
    public OnnxModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
