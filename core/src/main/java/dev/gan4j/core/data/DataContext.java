package dev.gan4j.core.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link DataConfig} may consult to find its files.
 *
 * @param dataDirectory the directory given with {@code --data}, or null
 * @param environment   the environment variables ({@code GAN4J_DATA}); a map so tests can fake it
 */
public record DataContext(Path dataDirectory, Map<String, String> environment) {
    /** Copies the environment. */
    public DataContext {
        environment = Map.copyOf(environment);
    }

    /**
     * The file a config names: an absolute path as it is, a relative one against the --data
     * directory when one was given, otherwise against the working directory.
     */
    public Path resolve(String path) {
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            return given;
        }
        return (dataDirectory != null ? dataDirectory.resolve(given) : given).toAbsolutePath().normalize();
    }

    /** Where a relative path is resolved, for messages: "the --data directory /d" or "the working directory /w". */
    public String relativeBase() {
        return dataDirectory != null ? "the --data directory " + dataDirectory.toAbsolutePath()
                : "the working directory " + Path.of("").toAbsolutePath();
    }

    /** The real environment and the given --data directory (may be null). */
    public static DataContext standard(Path dataDirectory) {
        return new DataContext(dataDirectory, System.getenv());
    }
}
