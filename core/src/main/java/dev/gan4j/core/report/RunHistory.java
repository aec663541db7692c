package dev.gan4j.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curves in a run's {@code metrics.jsonl}: each phase's loss, and each numeric evaluation
 * metric, as (step, value) points in file order. Lines that do not parse (cut by a kill) and
 * null values (NaN) are skipped.
 */
final class RunHistory {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Numeric evaluation fields that are settings or bookkeeping, not measures of the samples
     * (sample count, time taken, precision/recall's k, KID's spread over subsets, a mixture's
     * number of modes): shown as
     * context, not drawn as curves.
     */
    private static final Set<String> CONTEXT_NUMBERS = Set.of("samples", "seconds", "pr_k", "kid_std", "modes");

    private final Map<String, List<double[]>> losses = new LinkedHashMap<>();
    private final Map<String, List<double[]>> evaluations = new LinkedHashMap<>();
    private final Map<String, String> evaluationContext = new LinkedHashMap<>();
    private long lastStep = -1;

    /** The history in {@code metricsFile}; empty when the file does not exist yet. */
    static RunHistory read(Path metricsFile) throws IOException {
        RunHistory history = new RunHistory();
        if (!Files.isRegularFile(metricsFile)) {
            return history;
        }
        for (String line : Files.readAllLines(metricsFile, StandardCharsets.UTF_8)) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                continue;
            }
            if (node == null || !node.path("step").isNumber()) {
                continue;
            }
            double step = node.path("step").asDouble();
            history.lastStep = Math.max(history.lastStep, node.path("step").asLong());
            node.path("losses").properties().forEach(e -> add(history.losses, e.getKey(), step, e.getValue()));
            JsonNode evaluation = node.path("evaluation");
            evaluation.properties().forEach(e -> {
                if (e.getValue().isTextual() || CONTEXT_NUMBERS.contains(e.getKey())) {
                    history.evaluationContext.put(e.getKey(), e.getValue().asText());
                } else {
                    add(history.evaluations, e.getKey(), step, e.getValue());
                }
            });
        }
        return history;
    }

    private static void add(Map<String, List<double[]>> into, String name, double step, JsonNode value) {
        if (value.isNumber()) {
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {step, value.asDouble()});
        }
    }

    /** The highest step logged, empty when none is. */
    java.util.OptionalLong lastStep() {
        return lastStep < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(lastStep);
    }

    /** Each phase's loss curve. */
    Map<String, List<double[]>> losses() {
        return losses;
    }

    /** Each numeric evaluation metric's curve. */
    Map<String, List<double[]>> evaluations() {
        return evaluations;
    }

    /**
     * The context of the latest evaluation: its text fields (the features and reference it used)
     * and its settings and bookkeeping numbers (samples, seconds, k, KID's spread).
     */
    Map<String, String> evaluationContext() {
        return evaluationContext;
    }
}
