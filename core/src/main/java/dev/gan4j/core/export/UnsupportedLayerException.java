package dev.gan4j.core.export;

/** Export met a layer whose class has no registered {@link LayerWriter}. */
public final class UnsupportedLayerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says which layer class has no writer and how to add one. */
    public UnsupportedLayerException(Class<?> layerClass) {
        super("The layer class " + layerClass.getName() + " has no ONNX writer, so it cannot be exported."
                + " Implement dev.gan4j.core.export.LayerWriter for it and list the writer in"
                + " META-INF/services/dev.gan4j.core.export.LayerWriter.");
    }
}
