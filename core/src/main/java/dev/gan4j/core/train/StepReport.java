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
 */
public record StepReport(long step, long targetStep, double elapsedSeconds, Instant time,
                         Map<String, PhaseReport> phases) {
    /** Copies the phases, keeping their order. */
    public StepReport {
        phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }
}
