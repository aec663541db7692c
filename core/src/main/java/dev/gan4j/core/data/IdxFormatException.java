package dev.gan4j.core.data;

import java.io.IOException;

/** An IDX file that is truncated, corrupt or not an IDX file; the message names the file and the problem. */
public final class IdxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the file and what is wrong with it. */
    public IdxFormatException(String message) {
        super(message);
    }

    /** An exception with a message that names the file and what is wrong, caused by {@code cause}. */
    public IdxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
