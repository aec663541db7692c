package dev.gan4j.spark.train;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The prepared exact-mode workers of one executor JVM, reused across the steps of a run: the
 * exact mode runs one short Spark job per phase step, and opening the data and building the system
 * again for each would cost more than the step. A task takes an idle worker for its run (or
 * prepares one), and gives it back when its part is computed; at most {@link #IDLE_LIMIT} idle
 * workers are kept, the least recently used dropped first, since each holds its whole dataset.
 *
 * <p>{@link #shared()} is static state on purpose, as {@link dev.gan4j.spark.SessionCache}'s: an
 * executor has no other object that lives across the tasks of a run.
 */
final class ExactWorkers {
    /** Idle workers kept per executor: one per task slot of {@code local[2]}, where both run in one JVM. */
    static final int IDLE_LIMIT = 2;

    private static final ExactWorkers SHARED = new ExactWorkers();

    /** Idle workers by run, in access order. */
    private final Map<Key, Deque<ExactWorker>> idle = new LinkedHashMap<>(16, 0.75f, true);

    /** This JVM's workers. */
    static ExactWorkers shared() {
        return SHARED;
    }

    /**
     * What a prepared worker was prepared for.
     *
     * @param canonicalConfig the run's canonical config
     * @param dataDirectory   the data directory, or null for the standard places
     */
    record Key(String canonicalConfig, String dataDirectory) {
        /** Checks the config is present. */
        Key {
            Objects.requireNonNull(canonicalConfig, "canonicalConfig");
        }
    }

    /** Prepares a worker; called when no idle one fits. */
    @FunctionalInterface
    interface Preparation {
        /** The new worker. */
        ExactWorker prepare();
    }

    /** An idle worker for {@code key}, or a new one from {@code preparation}; give it back with {@link #giveBack}. */
    ExactWorker take(Key key, Preparation preparation) {
        synchronized (this) {
            Deque<ExactWorker> workers = idle.get(key);
            if (workers != null && !workers.isEmpty()) {
                return workers.pop();
            }
        }
        return preparation.prepare();
    }

    /** Keeps {@code worker} for the next task of its run, dropping the least recently used idle ones past the limit. */
    synchronized void giveBack(Key key, ExactWorker worker) {
        idle.computeIfAbsent(key, k -> new ArrayDeque<>()).push(worker);
        int count = idle.values().stream().mapToInt(Deque::size).sum();
        Iterator<Deque<ExactWorker>> oldest = idle.values().iterator();
        while (count > IDLE_LIMIT && oldest.hasNext()) {
            Deque<ExactWorker> workers = oldest.next();
            while (count > IDLE_LIMIT && !workers.isEmpty()) {
                workers.removeLast();
                count--;
            }
            if (workers.isEmpty()) {
                oldest.remove();
            }
        }
    }
}
