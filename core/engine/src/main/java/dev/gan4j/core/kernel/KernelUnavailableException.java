package dev.gan4j.core.kernel;

/** A kernel backend cannot run on this machine; the message says why and how to fix it. */
public final class KernelUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message that names what is missing. */
    public KernelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a message that names what is missing. */
    public KernelUnavailableException(String message) {
        super(message);
    }
}
