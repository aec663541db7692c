package dev.gan4j.core.kernel;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The column matrices of the most recent forward convolutions of one thread, so that a weight
 * gradient can reuse the forward pass's im2col expansion of the same input instead of redoing it.
 *
 * <p>An entry is found by the identity of the input array and the geometry, and used only when the
 * input still holds the values it was expanded from (a kept copy is compared, which reads the input
 * once where expanding it writes kh·kw times as much): arrays may be changed in place (finite
 * differences do, and optimisers change parameters), so a hit is exactly what expanding again would
 * give, bit for bit. The least recently used entries are dropped past a size limit, and their arrays
 * are handed out again to later forward passes of the same size, so a training step whose shapes
 * repeat allocates no new column matrices.
 */
final class ColumnCache {
    private final long capacityFloats;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final ArrayDeque<float[]> spare = new ArrayDeque<>();
    private long floats;
    private long spareFloats;

    private record Entry(float[] input, ConvGeometry geometry, float[] columns, float[] values) {
    }

    /**
     * A cache of at most {@code capacityFloats} floats of column matrices (with the copies of their
     * inputs), and as many again of dropped arrays kept for reuse.
     */
    ColumnCache(long capacityFloats) {
        this.capacityFloats = capacityFloats;
    }

    /** An array of exactly {@code size} floats to expand into: a spare one when there is one, else new. */
    float[] acquire(int size) {
        for (Iterator<float[]> it = spare.descendingIterator(); it.hasNext(); ) {
            float[] a = it.next();
            if (a.length == size) {
                it.remove();
                spareFloats -= size;
                return a;
            }
        }
        return new float[size];
    }

    /** Keeps {@code columns}, the expansion of {@code input} for {@code geometry}, as the most recent entry. */
    void put(float[] input, ConvGeometry geometry, float[] columns) {
        remove(input, geometry);
        int size = geometry.inputSize();
        if ((long) columns.length + size > capacityFloats) {
            retire(columns);
            return;
        }
        float[] values = acquire(size);
        System.arraycopy(input, 0, values, 0, size);
        entries.addFirst(new Entry(input, geometry, columns, values));
        floats += columns.length + size;
        while (floats > capacityFloats) {
            drop(entries.removeLast());
        }
    }

    /** The kept expansion of {@code input} for {@code geometry} when input still holds the same values, or null. */
    float[] find(float[] input, ConvGeometry geometry) {
        for (Entry e : entries) {
            if (e.input() == input && e.geometry().equals(geometry)) {
                int size = geometry.inputSize();
                return Arrays.equals(e.values(), 0, size, input, 0, size) ? e.columns() : null;
            }
        }
        return null;
    }

    /** The number of kept matrices. */
    int size() {
        return entries.size();
    }

    private void remove(float[] input, ConvGeometry geometry) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.input() == input && e.geometry().equals(geometry)) {
                it.remove();
                drop(e);
                return;
            }
        }
    }

    private void drop(Entry e) {
        floats -= e.columns().length + e.values().length;
        retire(e.columns());
        retire(e.values());
    }

    /** Keeps a dropped array for reuse; the oldest kept ones go past the size limit. */
    private void retire(float[] array) {
        spare.addLast(array);
        spareFloats += array.length;
        while (spareFloats > capacityFloats) {
            spareFloats -= spare.removeFirst().length;
        }
    }
}
