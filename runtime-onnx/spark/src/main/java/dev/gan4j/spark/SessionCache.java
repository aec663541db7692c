package dev.gan4j.spark;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ONNX Runtime sessions of one executor JVM, shared by all the tasks it runs: a task leases a
 * session by key (the model's SHA-256, what it is opened as, the device and the thread count), the
 * first lease opens it, later ones reuse it, and each lease is returned when the task's partition is
 * done. A session no task holds stays open for the next partition, but only the
 * {@code idleLimit} most recently used idle ones: older idle sessions are closed. So a job of many
 * partitions opens one session per executor, not one per partition (SynapseML's ONNXModel and
 * DJL's Spark loader open one per partition).
 *
 * <p>{@link #shared()} is the JVM's one cache. It is static state on purpose: an executor has no
 * other object that lives across the tasks of a job (and across jobs), and the cache is that place.
 */
public final class SessionCache {
    /** Idle sessions kept open per executor by {@link #shared()}: a generator and a feature model. */
    public static final int SHARED_IDLE_LIMIT = 2;

    private static final SessionCache SHARED = new SessionCache(SHARED_IDLE_LIMIT);

    private final int idleLimit;
    /** In access order, so the first idle entry met is the least recently used. */
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicLong opened = new AtomicLong();

    /**
     * A cache that keeps at most {@code idleLimit} sessions open that no task holds.
     *
     * @throws IllegalArgumentException when {@code idleLimit} is negative
     */
    public SessionCache(int idleLimit) {
        if (idleLimit < 0) {
            throw new IllegalArgumentException("The number of idle sessions to keep must be 0 or more, but was "
                    + idleLimit + ".");
        }
        this.idleLimit = idleLimit;
    }

    /** This JVM's cache, shared by every task that runs in it. */
    public static SessionCache shared() {
        return SHARED;
    }

    /**
     * What identifies a session.
     *
     * @param sha256  the SHA-256 of the model's bytes
     * @param kind    what the model is opened as ({@code generator}, {@code features#OUTPUT})
     * @param device  the device asked for
     * @param threads the intra-op thread count
     */
    public record Key(String sha256, String kind, String device, int threads) {
        /** Checks that every part is present. */
        public Key {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(device, "device");
        }
    }

    /** Opens a session; called once per key while the cache holds it. */
    @FunctionalInterface
    public interface Opener<T extends AutoCloseable> {
        /** The new session. */
        T open() throws Exception;
    }

    /** A session held by one task; {@link #close()} gives it back to the cache (it does not close the session). */
    public final class Lease<T extends AutoCloseable> implements AutoCloseable {
        private final Key key;
        private final T session;
        private boolean returned;

        private Lease(Key key, T session) {
            this.key = key;
            this.session = session;
        }

        /** The session. */
        public T session() {
            return session;
        }

        @Override
        public synchronized void close() {
            if (!returned) {
                returned = true;
                release(key);
            }
        }
    }

    private static final class Entry {
        final AutoCloseable session;
        int holders;

        Entry(AutoCloseable session) {
            this.session = session;
        }
    }

    /**
     * Leases the session of {@code key}, opening it with {@code opener} when the cache has none.
     *
     * @throws IllegalStateException wrapping what the opener threw, or when the cache holds another
     *                               type of session under the key
     */
    public synchronized <T extends AutoCloseable> Lease<T> acquire(Key key, Class<T> type, Opener<T> opener) {
        Entry entry = entries.get(key);
        if (entry == null) {
            T session;
            try {
                session = opener.open();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Opening " + key.kind() + " " + key.sha256() + " failed: "
                        + e.getMessage(), e);
            }
            opened.incrementAndGet();
            entry = new Entry(session);
            entries.put(key, entry);
        }
        if (!type.isInstance(entry.session)) {
            throw new IllegalStateException("The session cache holds a " + entry.session.getClass().getSimpleName()
                    + " for " + key + ", not a " + type.getSimpleName() + "; use a distinct kind per session type.");
        }
        entry.holders++;
        return new Lease<>(key, type.cast(entry.session));
    }

    /** The number of sessions this cache has opened since it was made. */
    public long opened() {
        return opened.get();
    }

    /** The number of sessions open now, held or idle. */
    public synchronized int size() {
        return entries.size();
    }

    /** Closes every session no task holds. */
    public synchronized void closeIdle() {
        evict(0);
    }

    private synchronized void release(Key key) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.holders--;
        }
        evict(idleLimit);
    }

    private void evict(int keep) {
        int idle = 0;
        for (Entry entry : entries.values()) {
            if (entry.holders == 0) {
                idle++;
            }
        }
        Iterator<Entry> iterator = entries.values().iterator();
        while (idle > keep && iterator.hasNext()) {
            Entry entry = iterator.next();
            if (entry.holders == 0) {
                iterator.remove();
                idle--;
                try {
                    entry.session.close();
                } catch (Exception e) {
                    System.getLogger(SessionCache.class.getName()).log(System.Logger.Level.WARNING,
                            "Closing an idle ONNX Runtime session failed: " + e.getMessage(), e);
                }
            }
        }
    }
}
