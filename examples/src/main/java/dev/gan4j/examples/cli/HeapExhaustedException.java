package dev.gan4j.examples.cli;

import dev.gan4j.core.train.MemoryAdvice;

/** A command ran out of JVM heap; the message says how big the heap was and how to raise it or need less. */
final class HeapExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeapExhaustedException(String command, long maxHeapBytes, OutOfMemoryError cause) {
        super("The JVM ran out of memory during `gan4j " + command + "` (" + cause.getMessage() + ", maximum heap "
                + MemoryAdvice.format(maxHeapBytes) + "); " + MemoryAdvice.howToFit(maxHeapBytes) + ".", cause);
    }
}
