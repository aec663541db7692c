package dev.gan4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmUpTest {
    @Test
    void runsAtLeastTheIterationsWhenTheyTakeLongerThanTheSeconds() {
        AtomicInteger calls = new AtomicInteger();
        assertThat(new WarmUp(7, 0).run(calls::incrementAndGet)).isEqualTo(7);
        assertThat(calls).hasValue(7);
    }

    @Test
    void keepsGoingUntilTheSecondsHavePassed() {
        AtomicInteger calls = new AtomicInteger();
        long start = System.nanoTime();
        int ran = new WarmUp(1, 0.05).run(() -> {
            calls.incrementAndGet();
            sleepMillis(5);
        });
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(50_000_000L);
        assertThat(ran).isEqualTo(calls.get()).isGreaterThan(1);
    }

    @Test
    void noWarmUpRunsNothing() {
        assertThat(new WarmUp(0, 0).run(() -> {
            throw new AssertionError("ran");
        })).isZero();
    }

    @Test
    void refusesNegativeBoundsNamingTheOptions() {
        assertThatThrownBy(() -> new WarmUp(-1, 0)).hasMessageContaining("--warmup");
        assertThatThrownBy(() -> new WarmUp(0, -0.5)).hasMessageContaining("--warmup-seconds");
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
