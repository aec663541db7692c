package dev.gan4j.spark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.spark.Gan4jSpark;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The one JSON line a {@code gan4j spark} job command prints: the command's own keys in the order
 * they were put, then what every job reports (seconds, master, ONNX Runtime sessions opened and
 * the devices they ran on).
 */
final class JobLine {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final long start = System.nanoTime();

    /** Adds one key of the command's own; returns this line. */
    JobLine put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** Seconds since this line was started (when the job began). */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The line as JSON, ending with the job's common keys; {@code seconds} as measured by the caller. */
    String finish(double seconds, SparkSession spark, Gan4jSpark gan4j) throws JsonProcessingException {
        values.put("seconds", seconds);
        values.put("master", spark.sparkContext().master());
        values.put("sessions_opened", gan4j.counters().sessionsOpened());
        values.put("devices", gan4j.counters().devices());
        return new ObjectMapper().writeValueAsString(values);
    }
}
