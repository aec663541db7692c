package dev.gan4j.core.data;

import dev.gan4j.core.io.AtomicFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a dataset's published files into {@code <data home>/<dataset>/}, the way torchvision
 * does: each file from the first source that delivers it, verified by the SHA-256 of its
 * decompressed content before it is kept, then moved into place atomically ({@link AtomicFile}).
 * Downloads go to a hidden staging directory beside the dataset's, removed afterwards, so an
 * interrupted or refused download never leaves a file where the locator would find it. Files
 * already in place that verify are kept.
 */
public final class DatasetFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetFetcher.class);
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final String dataset;
    private final List<DatasetFile> files;
    private final List<DatasetSource> sources;
    private final String otherWays;

    /**
     * A fetcher for {@code dataset}'s {@code files}.
     *
     * @param sources   where to download from, tried in order for each file
     * @param otherWays a sentence on how else to get the data, appended to the failure message
     */
    public DatasetFetcher(String dataset, List<DatasetFile> files, List<DatasetSource> sources, String otherWays) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.files = List.copyOf(files);
        this.sources = List.copyOf(sources);
        this.otherWays = Objects.requireNonNull(otherWays, "otherWays");
        if (this.sources.isEmpty()) {
            throw new IllegalArgumentException("A fetcher for " + dataset + " needs at least one source.");
        }
    }

    /**
     * Fetches every file missing from {@code dataHome/<dataset>/}, verifies it and puts it there.
     *
     * @return the dataset's directory, holding all its files
     * @throws DatasetFetchException when a file could not be had from any source, or none delivered
     *                               the published content; the message names the file, each
     *                               source's failure (for a wrong file, both checksums) and the
     *                               other ways to get the data
     */
    public Path fetch(Path dataHome) throws IOException {
        Path target = Files.createDirectories(dataHome.resolve(dataset));
        Path staging = Files.createTempDirectory(dataHome, "." + dataset + "-fetch-");
        // A source that failed to deliver one file (unreachable, say) is not asked for the next ones.
        Map<DatasetSource, String> failed = new HashMap<>();
        try {
            for (DatasetFile file : files) {
                Path existing = target.resolve(file.name());
                if (Files.isRegularFile(existing) && sha256OfContent(existing).equals(file.sha256())) {
                    continue;
                }
                fetchOne(file, target, staging, failed);
            }
        } finally {
            deleteRecursively(staging);
        }
        return target;
    }

    private void fetchOne(DatasetFile file, Path target, Path staging, Map<DatasetSource, String> failed)
            throws IOException {
        List<String> failures = new ArrayList<>();
        for (DatasetSource source : sources) {
            if (failed.containsKey(source)) {
                failures.add(failed.get(source));
                continue;
            }
            LOG.info("Fetching {} from {}", file.name(), source.describe());
            Path downloaded;
            try {
                downloaded = source.download(file, staging);
            } catch (IOException e) {
                failures.add(source.describe() + ": " + e.getMessage());
                failed.put(source, failures.get(failures.size() - 1));
                LOG.warn("{}", failures.get(failures.size() - 1));
                continue;
            }
            String actual = sha256OfContent(downloaded);
            if (!actual.equals(file.sha256())) {
                failures.add(source.describe() + ": the downloaded " + file.name() + " is not the published file: "
                        + "its decompressed content has SHA-256 " + actual + ", but " + file.sha256() + " was "
                        + "expected; it was not kept");
                LOG.warn("{}", failures.get(failures.size() - 1));
                Files.deleteIfExists(downloaded);
                continue;
            }
            String name = isGzip(downloaded) == file.name().endsWith(".gz") ? file.name()
                    : file.name().replaceFirst("\\.gz$", "");
            AtomicFile.write(target.resolve(name), channel -> Files.copy(downloaded, Channels.newOutputStream(channel)));
            LOG.info("Verified {} (SHA-256 {}) and stored it as {}", file.name(), actual, target.resolve(name));
            return;
        }
        throw new DatasetFetchException("Fetching " + dataset + " failed: " + file.name() + " could not be had "
                + "from any source (" + String.join("; ", failures) + "). " + otherWays);
    }

    /** The SHA-256 of a file's content, decompressed first when it is gzip-compressed; lower-case hex. */
    public static String sha256OfContent(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256, which every Java SE runtime has.", e);
        }
        boolean gzip = isGzip(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // A broken gzip stream: its content is unknown, which no expected checksum matches.
            return "unreadable gzip data (" + e.getMessage() + ")";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the staging directory {}: {}", directory, e.getMessage());
        }
    }
}
