package dev.gan4j.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Where an executor gets an ONNX model: its bytes broadcast from the driver (the default; one copy
 * per executor, fetched by Spark's block manager), or a path that every executor can read (a shared
 * file system). Either way the executor works from a local copy named by the model's SHA-256, so
 * sessions are cached per model content, not per path.
 */
public final class ModelSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String sha256;
    private final Broadcast<byte[]> bytes;
    private final String sharedPath;

    private ModelSource(String name, String sha256, Broadcast<byte[]> bytes, String sharedPath) {
        this.name = name;
        this.sha256 = sha256;
        this.bytes = bytes;
        this.sharedPath = sharedPath;
    }

    /**
     * The model at {@code file} on the driver, broadcast to the executors.
     *
     * @throws IOException naming the file when the driver cannot read it
     */
    public static ModelSource broadcast(SparkSession spark, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IOException("The model " + file + " does not exist on the driver; give the path of an .onnx file"
                    + " written by gan4j export.");
        }
        byte[] content = Files.readAllBytes(file);
        Broadcast<byte[]> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(content);
        return new ModelSource(file.getFileName().toString(), sha256(content), shared, null);
    }

    /**
     * The model at {@code file}, read by each executor from that same path (a shared file system);
     * the driver reads it too, for its metadata and its SHA-256.
     *
     * @throws IOException naming the file when the driver cannot read it
     */
    public static ModelSource sharedPath(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IOException("The model " + file + " does not exist on the driver; give the path of an .onnx file"
                    + " that the driver and every executor can read.");
        }
        return new ModelSource(file.getFileName().toString(), sha256(Files.readAllBytes(file)), null,
                file.toAbsolutePath().toString());
    }

    /** The model's file name, for messages and ids. */
    public String name() {
        return name;
    }

    /** The SHA-256 of the model's bytes, in hex. */
    public String sha256() {
        return sha256;
    }

    /**
     * The model as a local file on this JVM, named by its SHA-256 under {@code directory}; written
     * once (atomically) from the broadcast bytes, or copied from the shared path and checked.
     *
     * @throws IllegalStateException naming the path and the executor when the shared file is
     *                               missing here or differs from the driver's
     */
    Path localCopy(Path directory) {
        Path local = directory.resolve(sha256 + ".onnx");
        if (Files.isRegularFile(local)) {
            return local;
        }
        try {
            Files.createDirectories(directory);
            byte[] content = bytes != null ? bytes.value() : readShared();
            if (bytes == null && !sha256(content).equals(sha256)) {
                throw new IllegalStateException("The model file " + sharedPath + " on " + executor() + " is not the"
                        + " one the driver read (its SHA-256 differs); give every executor the same file, or leave"
                        + " out the shared path so the driver broadcasts the model.");
            }
            Path temporary = Files.createTempFile(directory, sha256, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, local, StandardCopyOption.REPLACE_EXISTING);
            }
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the local copy " + local + " of the model " + name + " on "
                    + executor() + " failed: " + e.getMessage(), e);
        }
    }

    private byte[] readShared() throws IOException {
        Path shared = Path.of(sharedPath);
        if (!Files.isRegularFile(shared)) {
            throw new IllegalStateException("The model file " + sharedPath + " is missing on " + executor() + ": a"
                    + " model read from a shared path must be at that path on every executor; copy it there (or onto a"
                    + " file system all executors mount), or leave out the shared path so the driver broadcasts it.");
        }
        return Files.readAllBytes(shared);
    }

    /** This JVM as a person would look for it: the executor id and the host. */
    static String executor() {
        SparkEnv env = SparkEnv.get();
        String id = env == null ? "unknown" : env.executorId();
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "executor " + id + " (" + host + ")";
    }

    /** The SHA-256 of {@code content} in lower-case hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256, which every Java SE runtime must have.", e);
        }
    }
}
