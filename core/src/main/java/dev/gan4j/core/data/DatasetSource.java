package dev.gan4j.core.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Somewhere a dataset's published files can be downloaded from: a web location or a Debian
 * package. A source only downloads; {@link DatasetFetcher} verifies what it got and puts it in
 * place.
 */
public interface DatasetSource {
    /**
     * Downloads {@code file} into {@code staging}, a private directory of this fetch that the
     * locator never looks in, and returns the downloaded copy (gzip-compressed or plain).
     *
     * @throws IOException when the source cannot be reached or the download breaks off
     */
    Path download(DatasetFile file, Path staging) throws IOException;

    /** Where the files come from, for messages: {@code "http://mirror/fashion-mnist/"}. */
    String describe();
}
