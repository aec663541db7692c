package dev.gan4j.core.data;

/**
 * A dataset that could not be fetched, or a fetched file whose content is not the published one;
 * the message says which file, what went wrong and how else to get the data.
 */
public final class DatasetFetchException extends DatasetNotFoundException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message naming the file and the ways to get the data. */
    public DatasetFetchException(String message) {
        super(message);
    }
}
