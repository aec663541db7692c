package dev.gan4j.core.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * gan4j's own directory: {@code $GAN4J_HOME}, else {@code ~/.gan4j}. It holds what gan4j keeps
 * between runs: fetched datasets under {@code data/}, the evaluation classifier under {@code eval/}.
 */
public final class Gan4jHome {
    /** The environment variable naming gan4j's home directory. */
    public static final String ENVIRONMENT_VARIABLE = "GAN4J_HOME";

    private Gan4jHome() {
    }

    /** gan4j's home for {@code environment}: {@code $GAN4J_HOME}, else {@code ~/.gan4j}. */
    public static Path directory(Map<String, String> environment) {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        if (value != null && !value.isBlank()) {
            return Path.of(value);
        }
        return Path.of(System.getProperty("user.home"), ".gan4j");
    }

    /** Where fetched datasets live: {@code data/} in gan4j's home. */
    public static Path dataDirectory(Map<String, String> environment) {
        return directory(environment).resolve("data");
    }
}
