package dev.gan4j.spark.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one JSON line per round to the run's {@value SparkTraining#ROUNDS_FILE}. */
final class RoundLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RoundLog() {
    }

    /**
     * One round.
     *
     * @param round          the round's number: its last step divided by K, rounded up (as in {@code metrics.jsonl})
     * @param step           the step the round ended at
     * @param workers        the workers
     * @param syncEvery      K
     * @param broadcastBytes the bytes of the broadcast state
     * @param resultBytes    the bytes of the workers' states together
     * @param prepareMs      writing the state and creating the broadcast
     * @param jobMs          the Spark job: shipping the state, K steps on every worker, collecting the results
     * @param averageMs      reading and averaging the results on the driver
     * @param writeMs        listeners (metrics, samples) and the checkpoint
     */
    record Line(long round, long step, int workers, int syncEvery, long broadcastBytes, long resultBytes,
                double prepareMs, double jobMs, double averageMs, double writeMs) {
    }

    static void append(Path file, Line line) {
        try {
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A round's line could not be written as JSON.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Appending to " + file + " failed: " + e.getMessage(), e);
        }
    }
}
