package dev.gan4j.core.train;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The end of one training iteration.
 *
 * @param step           the iterations completed, counting this one (1 after the first)
 * @param targetStep     the step this session trains to
 * @param elapsedSeconds seconds since this session started training
 * @param time           the wall-clock time
 * @param phases         each phase's report by phase name, in the order they ran
 * @param labels         whole-number fields a distributed trainer adds to the step's line in
 *                       {@code metrics.jsonl} (a Spark round's {@code round} and {@code workers}),
 *                       in order; empty for a single-machine run, whose lines stay as they were
 */
public record StepReport(long step, long targetStep, double elapsedSeconds, Instant time,
                         Map<String, PhaseReport> phases, Map<String, Long> labels) {
    /** Copies the phases and labels, keeping their order. */
    public StepReport {
        phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A report without labels (a single-machine step). */
    public StepReport(long step, long targetStep, double elapsedSeconds, Instant time,
                      Map<String, PhaseReport> phases) {
        this(step, targetStep, elapsedSeconds, time, phases, Map.of());
    }
}
