package dev.gan4j.core.autograd;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the time of a training step goes, op by op, on the thread that records it: the
 * torch.profiler table of gan4j ({@code gan4j bench --profile}).
 *
 * <p>Every op ends in {@link GradNode#result}, so the profile attributes to an op the wall time
 * (and the bytes this thread allocated) since the previous event on the thread: the op's own loop,
 * its kernel call, and the little layer code that led to it. During a backward pass, everything a
 * backward rule does, including the ops it is written with, is charged to the rule's op in the
 * backward column; what the driver does between rules (accumulating and un-broadcasting
 * gradients, ordering the graph) is charged to {@value #AUTOGRAD}. Code outside any op (an
 * optimiser step, data preparation) can name itself with {@link #section}; otherwise its time goes
 * to the next op.
 *
 * <p>Recording is off unless a profile is installed on the thread with {@link #record}; then each
 * event costs a clock read and a read of the thread's allocation counter. Like {@link GradMode},
 * the active profile is per thread.
 */
public final class OpProfile {
    /** The entry the backward driver's own work is charged to. */
    public static final String AUTOGRAD = "(autograd driver)";

    private static final ThreadLocal<OpProfile> ACTIVE = new ThreadLocal<>();

    private final Map<String, Entry> forward = new LinkedHashMap<>();
    private final Map<String, Entry> backward = new LinkedHashMap<>();
    private final Map<String, Entry> sections = new LinkedHashMap<>();
    private final com.sun.management.ThreadMXBean threads = threadBean();
    private final List<String> open = new ArrayList<>();
    private final List<Map<String, Entry>> openTables = new ArrayList<>();
    private long lastNanos;
    private long lastBytes;

    /** An empty profile; install it with {@link #record}. */
    public OpProfile() {
    }

    /** The time, bytes and calls charged to one entry. */
    public static final class Entry {
        private long calls;
        private long nanos;
        private long bytes;

        /** How many times the op (or rule, or section) ran. */
        public long calls() {
            return calls;
        }

        /** Wall time charged to it, in nanoseconds. */
        public long nanos() {
            return nanos;
        }

        /** Bytes the recording thread allocated while it ran (-1 where the JVM cannot count them). */
        public long bytes() {
            return bytes;
        }
    }

    /**
     * Makes ops on this thread charge their time to {@code profile} until the scope closes. Events
     * before the call are not counted.
     */
    public static GradMode.Scope record(OpProfile profile) {
        OpProfile previous = ACTIVE.get();
        profile.lastNanos = System.nanoTime();
        profile.lastBytes = profile.allocated();
        ACTIVE.set(profile);
        return () -> {
            profile.charge(null);
            if (previous == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(previous);
            }
        };
    }

    /**
     * Charges the code inside the returned scope to the section {@code name} (the ops it runs
     * included); a no-op when no profile is recording on this thread.
     */
    public static GradMode.Scope section(String name) {
        OpProfile p = ACTIVE.get();
        if (p == null) {
            return () -> { };
        }
        p.enter(name, p.sections);
        return p::exit;
    }

    /** Ops per forward op name, in first-seen order. */
    public Map<String, Entry> forward() {
        return Collections.unmodifiableMap(forward);
    }

    /** Backward rules per op name (plus {@value #AUTOGRAD}), in first-seen order. */
    public Map<String, Entry> backward() {
        return Collections.unmodifiableMap(backward);
    }

    /** Named sections, in first-seen order. */
    public Map<String, Entry> sections() {
        return Collections.unmodifiableMap(sections);
    }

    // ---------------------------------------------------------------- hooks for the engine

    /** Called when op {@code op} has computed its result. */
    static void opFinished(String op) {
        OpProfile p = ACTIVE.get();
        if (p != null && p.open.isEmpty()) {
            p.charge(p.forward.computeIfAbsent(op, k -> new Entry()));
            p.forward.get(op).calls++;
        }
    }

    /** Called by the backward driver before it runs the rule of {@code op}; returns whether to call {@link #ruleFinished}. */
    static boolean ruleStarting(String op) {
        OpProfile p = ACTIVE.get();
        if (p == null) {
            return false;
        }
        p.enter(op, p.backward);
        return true;
    }

    /** Called by the backward driver after the rule of the op passed to {@link #ruleStarting}. */
    static void ruleFinished() {
        OpProfile p = ACTIVE.get();
        if (p != null) {
            p.exit();
        }
    }

    /** Charges a backward pass's own work (outside the rules) to {@value #AUTOGRAD} until the scope closes. */
    static GradMode.Scope backwardPass() {
        OpProfile p = ACTIVE.get();
        if (p == null) {
            return () -> { };
        }
        p.enter(AUTOGRAD, p.backward);
        return p::exit;
    }

    private void enter(String name, Map<String, Entry> table) {
        chargeOpenOrNothing();
        open.add(name);
        openTables.add(table);
        table.computeIfAbsent(name, k -> new Entry()).calls++;
    }

    private void exit() {
        chargeOpenOrNothing();
        open.remove(open.size() - 1);
        openTables.remove(openTables.size() - 1);
    }

    /** Charges the time since the last event to the innermost open section or rule; outside any, drops it into the next op. */
    private void chargeOpenOrNothing() {
        if (open.isEmpty()) {
            // code between the last op and this section or rule belongs to neither
            charge(forward.computeIfAbsent("(between ops)", k -> new Entry()));
            return;
        }
        int top = open.size() - 1;
        charge(openTables.get(top).get(open.get(top)));
    }

    private void charge(Entry entry) {
        long now = System.nanoTime();
        long bytes = allocated();
        if (entry != null) {
            entry.nanos += now - lastNanos;
            entry.bytes = bytes < 0 ? -1 : entry.bytes + (bytes - lastBytes);
        }
        lastNanos = now;
        lastBytes = bytes;
    }

    private long allocated() {
        return threads == null ? -1 : threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            sun.setThreadAllocatedMemoryEnabled(true);
            return sun;
        }
        return null;
    }
}
