package dev.gan4j.core.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link DataConfig} may consult to find its files.
 *
 * @param dataDirectory the directory given with {@code --data}, or null
 * @param environment   the environment variables ({@code GAN4J_DATA}); a map so tests can fake it
 * @param fetchMissing  whether a dataset found nowhere is downloaded into {@code $GAN4J_HOME/data}
 */
public record DataContext(Path dataDirectory, Map<String, String> environment, boolean fetchMissing) {
    /** The environment variable that, set to {@code true} or {@code 1}, turns fetching off (as --offline does). */
    public static final String OFFLINE_VARIABLE = "GAN4J_OFFLINE";

    /** Copies the environment. */
    public DataContext {
        environment = Map.copyOf(environment);
    }

    /** A context that never downloads. */
    public DataContext(Path dataDirectory, Map<String, String> environment) {
        this(dataDirectory, environment, false);
    }

    /** This context, never downloading. */
    public DataContext offline() {
        return new DataContext(dataDirectory, environment, false);
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

    /**
     * The real environment and the given --data directory (may be null); missing datasets are
     * fetched unless {@code $GAN4J_OFFLINE} is {@code true} or {@code 1}.
     */
    public static DataContext standard(Path dataDirectory) {
        Map<String, String> environment = System.getenv();
        String offline = environment.getOrDefault(OFFLINE_VARIABLE, "");
        return new DataContext(dataDirectory, environment, !(offline.equals("1") || offline.equalsIgnoreCase("true")));
    }
}
