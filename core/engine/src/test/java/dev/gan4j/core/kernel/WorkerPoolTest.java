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
}
