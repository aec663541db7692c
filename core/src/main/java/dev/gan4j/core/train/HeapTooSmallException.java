package dev.gan4j.core.train;

/**
 * A run's networks would not fit the JVM's heap, found from their estimates before they were
 * allocated; the message names the biggest networks and layers, the estimate, the maximum heap and
 * how to raise it or shrink the config.
 */
public final class HeapTooSmallException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long estimatedBytes;
    private final long maxHeapBytes;

    HeapTooSmallException(String message, long estimatedBytes, long maxHeapBytes) {
        super(message);
        this.estimatedBytes = estimatedBytes;
        this.maxHeapBytes = maxHeapBytes;
    }

    /** The bytes the networks counted before the refusal need. */
    public long estimatedBytes() {
        return estimatedBytes;
    }

    /** The JVM's maximum heap. */
    public long maxHeapBytes() {
        return maxHeapBytes;
    }
}
