package dev.gan4j.spark.train;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Prepared values of one executor JVM, reused by the tasks of a run: opening the data and building
 * the system again for every short Spark job would cost more than the job's training. A task takes
 * an idle value for its run (or prepares one), uses it alone, and gives it back when it succeeded; a
 * task that fails keeps nothing, so a retried attempt prepares afresh. At most {@link #IDLE_LIMIT}
 * idle values are kept, the least recently used dropped first, since each holds a whole dataset.
 *
 * <p>The tasks hold their caches in static fields on purpose, as {@link dev.gan4j.spark.SessionCache}
 * does: an executor has no other object that lives across the tasks of a run.
 *
 * @param <V> what is prepared
 */
final class ExecutorCache<V> {
    /** Idle values kept per executor: one per task slot of {@code local[2]}, where both run in one JVM. */
    static final int IDLE_LIMIT = 2;

    /** Idle values by run, in access order. */
    private final Map<Key, Deque<V>> idle = new LinkedHashMap<>(16, 0.75f, true);

    /** How many values were prepared since this JVM started or {@link #clear} was last called. */
    private long prepared;

    /**
     * What a value was prepared for.
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

    /** An idle value for {@code key}, or a new one from {@code preparation}; give it back with {@link #giveBack}. */
    V take(Key key, Supplier<V> preparation) {
        synchronized (this) {
            Deque<V> values = idle.get(key);
            if (values != null && !values.isEmpty()) {
                return values.pop();
            }
            prepared++;
        }
        return preparation.get();
    }

    /** Keeps {@code value} for the next task of its run, dropping the least recently used idle ones past the limit. */
    synchronized void giveBack(Key key, V value) {
        idle.computeIfAbsent(key, k -> new ArrayDeque<>()).push(value);
        int count = idle.values().stream().mapToInt(Deque::size).sum();
        Iterator<Deque<V>> oldest = idle.values().iterator();
        while (count > IDLE_LIMIT && oldest.hasNext()) {
            Deque<V> values = oldest.next();
            while (count > IDLE_LIMIT && !values.isEmpty()) {
                values.removeLast();
                count--;
            }
            if (values.isEmpty()) {
                oldest.remove();
            }
        }
    }

    /** Drops every idle value, so the next task prepares afresh, and sets the count of prepared values to 0. */
    synchronized void clear() {
        idle.clear();
        prepared = 0;
    }

    /** How many values were prepared since this JVM started or {@link #clear} was last called. */
    synchronized long preparedCount() {
        return prepared;
    }
}
