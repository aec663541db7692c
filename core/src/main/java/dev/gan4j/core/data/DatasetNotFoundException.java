package dev.gan4j.core.data;

import java.io.IOException;

/** A dataset that is in none of the places looked in; the message lists them and says how to install it. */
public class DatasetNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception whose message lists the places looked in and how to get the data. */
    public DatasetNotFoundException(String message) {
        super(message);
    }
}
