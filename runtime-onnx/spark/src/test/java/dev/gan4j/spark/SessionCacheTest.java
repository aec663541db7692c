package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One session per key while tasks hold it, idle ones kept up to the limit, older idle ones closed. */
class SessionCacheTest {
    /** A session that records whether it was closed. */
    private static final class Session implements AutoCloseable {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private static SessionCache.Key key(String sha) {
        return new SessionCache.Key(sha, "generator", "cpu", 1);
    }

    @Test
    void manyLeasesOfOneModelOpenOneSession() {
        SessionCache cache = new SessionCache(1);
        List<Session> made = new ArrayList<>();
        for (int partition = 0; partition < 64; partition++) {
            try (SessionCache.Lease<Session> lease = cache.acquire(key("a"), Session.class, () -> {
                Session s = new Session();
                made.add(s);
                return s;
            })) {
                assertThat(lease.session().closed).isFalse();
            }
        }
        assertThat(cache.opened()).isEqualTo(1);
        assertThat(made).hasSize(1);
        assertThat(made.get(0).closed).isFalse();
    }

    @Test
    void idleSessionsBeyondTheLimitAreClosedLeastRecentlyReturnedFirstButHeldOnesNever() {
        SessionCache cache = new SessionCache(1);
        Session a = new Session();
        Session b = new Session();
        Session c = new Session();
        SessionCache.Lease<Session> heldA = cache.acquire(key("a"), Session.class, () -> a);
        cache.acquire(key("b"), Session.class, () -> b).close();
        cache.acquire(key("c"), Session.class, () -> c).close();
        assertThat(b.closed).isTrue();
        assertThat(c.closed).isFalse();
        assertThat(a.closed).isFalse();
        heldA.close();
        heldA.close();
        // a was used until just now, so c is the least recently used idle session
        assertThat(c.closed).isTrue();
        assertThat(a.closed).isFalse();
        cache.closeIdle();
        assertThat(a.closed).isTrue();
        assertThat(cache.size()).isZero();
    }
}
