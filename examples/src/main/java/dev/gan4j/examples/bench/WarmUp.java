package dev.gan4j.examples.bench;

/**
 * The untimed iterations before a measurement: at least {@code iterations} of them and at least
 * {@code seconds} of wall time, whichever comes last. A count alone was not enough on the JVM: after
 * 50 MLP iterations (0.4 s) the JIT compiler had not finished, and three runs of the same build gave
 * 2-thread medians of 9.6, 10.0 and 15.2 ms with maxima up to 27 ms; after 1,000 (about 8 s) they
 * gave 7.5-7.7 ms with maxima of 8.0-10.0 ms. A training run spends nearly all its time past that point.
 *
 * @param iterations the fewest untimed iterations
 * @param seconds    the least untimed wall time
 */
public record WarmUp(int iterations, double seconds) {
    /** Checks that neither is negative. */
    public WarmUp {
        if (iterations < 0 || seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException("The warm-up needs 0 or more iterations and 0 or more seconds, but got "
                    + iterations + " iterations and " + seconds + " seconds; set --warmup and --warmup-seconds to 0 or more.");
        }
    }

    /** Runs {@code iteration} until both bounds are reached and returns how many times it ran. */
    public int run(Runnable iteration) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int done = 0;
        while (done < iterations || System.nanoTime() - end < 0) {
            iteration.run();
            done++;
        }
        return done;
    }
}
