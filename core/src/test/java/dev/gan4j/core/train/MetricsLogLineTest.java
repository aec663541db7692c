package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON line of a step: a single-machine step as before, a distributed step with its labels after the step. */
class MetricsLogLineTest {
    private static final Map<String, PhaseReport> PHASES = Map.of("generator",
            new PhaseReport(0.5, Map.of("d_fake", 0.25), 1e-3));

    @Test
    void aStepWithoutLabelsIsWrittenAsBefore() {
        StepReport report = new StepReport(4, 10, 1.5, Instant.EPOCH, PHASES);
        assertThat(MetricsLog.line(report)).isEqualTo("{\"step\":4,\"time\":\"1970-01-01T00:00:00Z\","
                + "\"elapsed\":1.5,\"losses\":{\"generator\":0.5},\"metrics\":{\"generator\":{\"d_fake\":0.25}},"
                + "\"lr\":{\"generator\":0.001}}");
    }

    @Test
    void labelsFollowTheStepInTheirOrder() {
        Map<String, Long> labels = new LinkedHashMap<>();
        labels.put("round", 2L);
        labels.put("workers", 3L);
        StepReport report = new StepReport(4, 10, 1.5, Instant.EPOCH, PHASES, labels);
        assertThat(MetricsLog.line(report)).startsWith("{\"step\":4,\"round\":2,\"workers\":3,\"time\":");
    }
}
