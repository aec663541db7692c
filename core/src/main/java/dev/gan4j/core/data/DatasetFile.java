package dev.gan4j.core.data;

import java.util.Objects;

/**
 * One file of a dataset as it is published: its name and the SHA-256 of its content after gzip
 * decompression, so that a mirror's (or Debian's) different gzip framing of the same bytes
 * still verifies.
 *
 * @param name    the published file name, e.g. {@code train-images-idx3-ubyte.gz}
 * @param sha256  the SHA-256 of the decompressed content, 64 lower-case hex digits
 * @param size    the decompressed size in bytes
 */
public record DatasetFile(String name, String sha256, long size) {
    /** Checks the fields. */
    public DatasetFile {
        Objects.requireNonNull(name, "name");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("The SHA-256 of " + name + " must be 64 lower-case hex digits, "
                    + "but is " + sha256 + ".");
        }
    }
}
