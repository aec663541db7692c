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

    /**
     * One round of the exact mode: one phase step, its gradients summed on the driver.
     *
     * @param round         the round's number, counted from 1 in this session
     * @param step          the step (iteration) the phase step belongs to, counted from 1
     * @param phase         the phase
     * @param repeat        the phase's repeat within the step, from 0
     * @param workers       the workers
     * @param weightBytes   the bytes of the broadcast weights and buffers (their float values)
     * @param gradientBytes the bytes of the gradients the workers returned together (their float values)
     * @param prepareMs     capturing the weights and creating the broadcast
     * @param jobMs         the Spark job: shipping the weights, every worker's gradients, collecting them
     * @param sumMs         summing the gradients and taking the buffers on the driver
     */
    record ExactLine(long round, long step, String phase, int repeat, int workers, long weightBytes,
                     long gradientBytes, double prepareMs, double jobMs, double sumMs) {
    }

    static void append(Path file, Record line) {
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
