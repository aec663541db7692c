package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    @Test
    void everyPartRunsOnceWithPartZeroOnTheCaller() {
        WorkerPool pool = new WorkerPool(3);
        AtomicIntegerArray runs = new AtomicIntegerArray(5);
        ConcurrentHashMap<Integer, Thread> threads = new ConcurrentHashMap<>();
        pool.run(5, part -> {
            runs.incrementAndGet(part);
            threads.put(part, Thread.currentThread());
        });
        for (int i = 0; i < 5; i++) {
            assertThat(runs.get(i)).isEqualTo(1);
        }
        assertThat(threads.get(0)).isSameAs(Thread.currentThread());
        assertThat(threads.get(1).isDaemon()).isTrue();
        assertThat(threads.get(1).getName()).startsWith("gan4j-kernel-");
    }

    @Test
    void failureInAWorkerReachesTheCaller() {
        WorkerPool pool = new WorkerPool(2);
        assertThatThrownBy(() -> pool.run(2, part -> {
            if (part == 1) {
                throw new IllegalStateException("part 1 broke");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("part 1 broke");
    }

    @Test
    void zeroThreadsIsRejected() {
        assertThatThrownBy(() -> new WorkerPool(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 thread, but 0");
    }

    @Test
    void manyShortJobsInARowEachRunEveryPartOnceAndACallFromInsideAPartRunsSerially() {
        WorkerPool pool = new WorkerPool(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        for (int job = 0; job < 20_000; job++) {
            pool.run(3, runs::incrementAndGet);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(runs.get(i)).isEqualTo(20_000);
        }
        AtomicIntegerArray inner = new AtomicIntegerArray(2);
        ConcurrentHashMap<Integer, Thread> innerThreads = new ConcurrentHashMap<>();
        pool.run(2, outer -> pool.run(2, part -> {
            inner.incrementAndGet(part);
            if (outer == 0) {
                innerThreads.put(part, Thread.currentThread());
            }
        }));
        assertThat(inner.get(0)).isEqualTo(2);
        assertThat(inner.get(1)).isEqualTo(2);
        assertThat(innerThreads.get(1)).as("the nested call ran on its caller").isSameAs(Thread.currentThread());
    }

    @Test
    void twoCallersAtOnceBothFinishWithEveryPartRun() throws Exception {
        WorkerPool pool = new WorkerPool(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(2);
        Thread other = new Thread(() -> {
            for (int job = 0; job < 5_000; job++) {
                pool.run(2, runs::incrementAndGet);
            }
        });
        other.start();
        for (int job = 0; job < 5_000; job++) {
            pool.run(2, runs::incrementAndGet);
        }
        other.join();
        assertThat(runs.get(0)).isEqualTo(10_000);
        assertThat(runs.get(1)).isEqualTo(10_000);
    }
}
