package dev.gan4j.core.kernel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 */
public final class WorkerPool {
    /** A pool of one thread: every part runs on the calling thread. */
    public static final WorkerPool SERIAL = new WorkerPool(1);

    private static final AtomicInteger POOL_IDS = new AtomicInteger();

    private final int threads;
    private final ThreadPoolExecutor workers;

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
        if (threads == 1) {
            this.workers = null;
        } else {
            int poolId = POOL_IDS.incrementAndGet();
            AtomicInteger threadIds = new AtomicInteger();
            this.workers = new ThreadPoolExecutor(threads - 1, threads - 1, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread t = new Thread(task, "gan4j-kernel-" + poolId + "-" + threadIds.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            this.workers.allowCoreThreadTimeOut(true);
        }
    }

    /** The number of parts this pool runs at once. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code part.accept(i)} for every i in [0, parts) and returns when all are done. Part 0
     * runs on the calling thread. A failure in any part is rethrown here.
     */
    public void run(int parts, IntConsumer part) {
        if (parts <= 1 || workers == null) {
            for (int i = 0; i < parts; i++) {
                part.accept(i);
            }
            return;
        }
        Future<?>[] pending = new Future<?>[parts - 1];
        for (int i = 1; i < parts; i++) {
            int index = i;
            pending[i - 1] = workers.submit(() -> part.accept(index));
        }
        RuntimeException failure = null;
        try {
            part.accept(0);
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<?> f : pending) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (ExecutionException e) {
                    failure = chain(failure, e.getCause());
                    break;
                } catch (InterruptedException e) {
                    // The parts write into the caller's arrays: wait for them all, then pass the interrupt on.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException chain(RuntimeException first, Throwable next) {
        if (first != null) {
            first.addSuppressed(next);
            return first;
        }
        if (next instanceof RuntimeException re) {
            return re;
        }
        if (next instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("A kernel worker thread failed: " + next, next);
    }
}
