package dev.gan4j.runtime.onnx.inference;

/** The device asked for cannot run models here: no CUDA provider in this ONNX Runtime, or CUDA failed to start. */
public final class DeviceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, a full sentence that says what to do. */
    public DeviceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
