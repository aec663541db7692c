package dev.gan4j.core.kernel;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The threads of one kernel backend: runs a job cut into a fixed number of parts, part 0 on the
 * calling thread and the others on daemon worker threads owned by this pool (never the common
 * pool, which user code may also load).
 *
 * <p>Which thread runs which part does not matter to the result: callers cut the work so that
 * every output element is written by exactly one part, in an order that does not depend on the
 * cut. Idle workers end after a while, so a pool that is dropped without being closed leaks no
 * threads.
 *
 * <p>Hand-over. A training step makes well over a thousand short jobs (each convolution expands,
 * multiplies and scatters in separate jobs), so the hand-over itself counts: through a
 * ThreadPoolExecutor, parking and waking a worker for every job cost 13–38 µs a job on the 2-core
 * development VM. Here a worker spins for {@value #SPIN_MICROS} µs after a job before it parks, and
 * the caller spins as long for the workers to finish, so back-to-back jobs pass without a wake-up
 * (as OpenMP's and OpenBLAS's threads spin). One call at a time uses the workers; another call made
 * meanwhile (from another thread, or from inside a part) runs all its parts itself, with the same result.
 */
public final class WorkerPool {
    // before SERIAL, which the class initialiser builds with it
    private static final AtomicInteger POOL_IDS = new AtomicInteger();

    /** A pool of one thread: every part runs on the calling thread. */
    public static final WorkerPool SERIAL = new WorkerPool(1);

    /** How long a worker, or a caller waiting for workers, spins before it parks. */
    static final long SPIN_MICROS = 50;
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(SPIN_MICROS);
    /** An idle worker ends after this long without a job. */
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final int threads;
    private final int poolId = POOL_IDS.incrementAndGet();
    private final AtomicInteger threadIds = new AtomicInteger();
    private final Worker[] workers;
    /** Whether a call of {@link #run} has the workers (not reentrant: a part that calls run runs it serially). */
    private final AtomicBoolean inUse = new AtomicBoolean();

    /**
     * A pool that runs up to {@code threads} parts at once.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public WorkerPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("A kernel backend needs at least 1 thread, but " + threads
                    + " was asked for; pass 1 or more (GAN4J_THREADS sets it).");
        }
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker();
        }
    }

    /** The number of parts this pool runs at once. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code part.accept(i)} for every i in [0, parts) and returns when all are done. Part 0
     * runs on the calling thread (with parts {@code threads}, {@code 2·threads}, ...); worker w runs
     * the parts i with i mod threads = w. A failure in any part is rethrown here.
     */
    public void run(int parts, IntConsumer part) {
        if (parts <= 1 || workers.length == 0 || !inUse.compareAndSet(false, true)) {
            for (int i = 0; i < parts; i++) {
                part.accept(i);
            }
            return;
        }
        try {
            int used = Math.min(workers.length, parts - 1);
            Job job = new Job(part, parts, threads, used, Thread.currentThread());
            for (int w = 0; w < used; w++) {
                workers[w].post(job, w + 1);
            }
            try {
                job.runShare(0);
            } catch (RuntimeException | Error e) {
                job.fail(e);
            }
            job.awaitWorkers();
            Throwable failure = job.failure.get();
            if (failure != null) {
                throw asUnchecked(failure);
            }
        } finally {
            inUse.set(false);
        }
    }

    private static RuntimeException asUnchecked(Throwable failure) {
        if (failure instanceof RuntimeException re) {
            return re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("A kernel worker thread failed: " + failure, failure);
    }

    /** One call of {@link #run}: its parts, who runs which, the workers still busy and the first failure. */
    private static final class Job {
        private final IntConsumer part;
        private final int parts;
        private final int stride;
        private final AtomicInteger busyWorkers;
        private final Thread caller;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile boolean callerParked;

        Job(IntConsumer part, int parts, int stride, int workers, Thread caller) {
            this.part = part;
            this.parts = parts;
            this.stride = stride;
            this.busyWorkers = new AtomicInteger(workers);
            this.caller = caller;
        }

        /** Parts first, first + stride, ... below parts. */
        void runShare(int first) {
            for (int i = first; i < parts; i += stride) {
                part.accept(i);
            }
        }

        void fail(Throwable e) {
            if (!failure.compareAndSet(null, e)) {
                failure.get().addSuppressed(e);
            }
        }

        /** Called by a worker when its share is done. */
        void workerDone() {
            if (busyWorkers.decrementAndGet() == 0 && callerParked) {
                LockSupport.unpark(caller);
            }
        }

        /** Spins, then parks, until every worker is done; an interrupt is kept for the caller, not acted on. */
        void awaitWorkers() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (busyWorkers.get() > 0 && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            boolean interrupted = false;
            while (busyWorkers.get() > 0) {
                callerParked = true;
                if (busyWorkers.get() > 0) {
                    LockSupport.park(this);
                }
                callerParked = false;
                // the parts write into the caller's arrays: wait for them all, then pass the interrupt on
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One worker thread, started when first needed and again after it ended idle. */
    private final class Worker {
        private volatile Job job;
        private volatile int share;
        private volatile boolean parked;
        private Thread thread;

        /** Hands {@code next} (parts share, share + threads, ...) to this worker, starting its thread if needed. */
        void post(Job next, int firstPart) {
            Thread wake;
            synchronized (this) {
                share = firstPart;
                job = next;
                if (thread == null) {
                    thread = new Thread(this::loop, "gan4j-kernel-" + poolId + "-" + threadIds.incrementAndGet());
                    thread.setDaemon(true);
                    thread.start();
                    return;
                }
                wake = thread;
            }
            if (parked) {
                LockSupport.unpark(wake);
            }
        }

        private void loop() {
            long idleSince = System.nanoTime();
            while (true) {
                Job current = job;
                if (current != null) {
                    try {
                        current.runShare(share);
                    } catch (Throwable e) {
                        current.fail(e);
                    }
                    job = null;
                    current.workerDone();
                    idleSince = System.nanoTime();
                    continue;
                }
                long idle = System.nanoTime() - idleSince;
                if (idle < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                if (idle >= IDLE_NANOS) {
                    synchronized (this) {
                        if (job == null) {
                            thread = null;
                            return;
                        }
                    }
                    continue;
                }
                parked = true;
                if (job == null) {
                    LockSupport.parkNanos(this, IDLE_NANOS - idle);
                }
                parked = false;
            }
        }
    }
}
