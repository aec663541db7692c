package dev.gan4j.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The SHA-256 of a data file a run read, as tribuo's IDX data source records it in its
 * provenance: the bytes on disk (compressed, for a {@code .gz}), so the same file gives the same
 * hash on every machine. An image folder is one entry whose hash covers each image's relative
 * path and bytes, in sorted order.
 *
 * @param file   the file's name (for a folder, its name with a trailing slash); the directory
 *               is left out, so the provenance of one dataset is the same wherever it lies
 * @param sha256 the SHA-256, lower-case hex
 */
public record DataFileDigest(String file, String sha256) {
    /** Checks both parts are present and the hash is 64 hex digits. */
    public DataFileDigest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("The SHA-256 of " + file + " is \"" + sha256
                    + "\", but a SHA-256 is 64 lower-case hex digits.");
        }
    }

    /** The digest of one file's bytes. */
    public static DataFileDigest of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        update(digest, file);
        return new DataFileDigest(file.getFileName().toString(), HexFormat.of().formatHex(digest.digest()));
    }

    /** One digest over the given files of {@code folder}: each one's path relative to it, then its bytes, in sorted order. */
    public static DataFileDigest ofFolder(Path folder, List<Path> files) throws IOException {
        MessageDigest digest = newDigest();
        List<Path> sorted = files.stream().sorted().toList();
        for (Path file : sorted) {
            byte[] name = folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
            digest.update(name);
            digest.update((byte) 0);
            update(digest, file);
        }
        return new DataFileDigest(folder.getFileName() + "/", HexFormat.of().formatHex(digest.digest()));
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("This JVM has no SHA-256, which every Java platform must "
                    + "provide.", e));
        }
    }
}
