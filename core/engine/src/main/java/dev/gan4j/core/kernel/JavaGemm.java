package dev.gan4j.core.kernel;

/**
 * The single-threaded core of the pure-Java GEMM: computes a rectangle of c = op(a) · op(b).
 *
 * <p>A block of op(b) (up to {@link #KC} rows of {@link #NC} columns) is copied into separate
 * contiguous row arrays, and one row of c is accumulated in a contiguous array as
 * {@code acc[j] += (a0·b0[j] + a1·b1[j]) + (a2·b2[j] + a3·b3[j])}. Every array in that inner
 * loop is indexed by the bare loop variable: HotSpot C2 (JDK 17) vectorises it then, but not
 * when two arrays are read at different variable offsets, because it cannot rule out that they
 * overlap. Four rows of b per pass read and write the accumulator a quarter as often as one.
 *
 * <p>The value of c[i][j] is the same sequence of float operations whatever rectangle a caller
 * asks for and whichever way the output is laid out: the k blocks start at multiples of
 * {@link #KC} and the groups of four at the start of each block. So cutting the work over
 * threads does not change a bit of the result.
 */
final class JavaGemm {
    /** Rows of op(b) per packed block (the k extent). */
    static final int KC = 128;
    /** Columns of op(b) per packed block (the n extent). */
    static final int NC = 1024;

    private JavaGemm() {
    }

    /** The per-thread buffers of the kernel: the packed block of b and one row of c. */
    static final class Scratch {
        final float[][] packedB = new float[KC][NC];
        final float[] row = new float[NC];
    }

    /**
     * Computes rows [i0, i1) and columns [j0, j1) of op(a) · op(b) (m×k times k×n) and writes
     * element (i, j) to {@code c[cOffset + i·rowStride + j·colStride]}, so a caller can have the
     * result stored transposed.
     */
    static void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                         float[] a, int aOffset, float[] b, int bOffset,
                         float[] c, int cOffset, int rowStride, int colStride,
                         int i0, int i1, int j0, int j1, Scratch scratch) {
        float[][] packed = scratch.packedB;
        float[] acc = scratch.row;
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(transposeB, n, k, b, bOffset, pc, kc, jc, nc, packed);
                for (int i = i0; i < i1; i++) {
                    int cRow = cOffset + i * rowStride + jc * colStride;
                    if (pc == 0) {
                        java.util.Arrays.fill(acc, 0, nc, 0f);
                    } else {
                        load(c, cRow, colStride, acc, nc);
                    }
                    accumulateRow(transposeA, m, k, a, aOffset, i, pc, kc, packed, acc, nc);
                    store(acc, nc, c, cRow, colStride);
                }
            }
        }
    }

    /** acc += op(a)[i, pc..pc+kc) · packed, four rows of the packed block at a time. */
    private static void accumulateRow(boolean transposeA, int m, int k, float[] a, int aOffset, int i,
                                      int pc, int kc, float[][] packed, float[] acc, int nc) {
        int step = transposeA ? m : 1;
        int base = transposeA ? aOffset + pc * m + i : aOffset + i * k + pc;
        int p = 0;
        for (; p + 4 <= kc; p += 4) {
            int at = base + p * step;
            fourRows(a[at], a[at + step], a[at + 2 * step], a[at + 3 * step],
                    packed[p], packed[p + 1], packed[p + 2], packed[p + 3], acc, nc);
        }
        for (; p < kc; p++) {
            oneRow(a[base + p * step], packed[p], acc, nc);
        }
    }

    private static void fourRows(float a0, float a1, float a2, float a3,
                                 float[] b0, float[] b1, float[] b2, float[] b3, float[] acc, int nc) {
        for (int j = 0; j < nc; j++) {
            acc[j] += (a0 * b0[j] + a1 * b1[j]) + (a2 * b2[j] + a3 * b3[j]);
        }
    }

    private static void oneRow(float a0, float[] b0, float[] acc, int nc) {
        for (int j = 0; j < nc; j++) {
            acc[j] += a0 * b0[j];
        }
    }

    /** Copies op(b)[pc..pc+kc, jc..jc+nc) into packed[0..kc)[0..nc). */
    private static void packB(boolean transposeB, int n, int k, float[] b, int bOffset,
                              int pc, int kc, int jc, int nc, float[][] packed) {
        if (!transposeB) {
            for (int p = 0; p < kc; p++) {
                System.arraycopy(b, bOffset + (pc + p) * n + jc, packed[p], 0, nc);
            }
            return;
        }
        // Row by row of the block: strided reads that stay in a few cache lines, contiguous writes.
        for (int p = 0; p < kc; p++) {
            float[] row = packed[p];
            int from = bOffset + jc * k + pc + p;
            for (int j = 0; j < nc; j++) {
                row[j] = b[from + j * k];
            }
        }
    }

    private static void load(float[] c, int from, int colStride, float[] acc, int nc) {
        if (colStride == 1) {
            System.arraycopy(c, from, acc, 0, nc);
        } else {
            for (int j = 0; j < nc; j++) {
                acc[j] = c[from + j * colStride];
            }
        }
    }

    private static void store(float[] acc, int nc, float[] c, int to, int colStride) {
        if (colStride == 1) {
            System.arraycopy(acc, 0, c, to, nc);
        } else {
            for (int j = 0; j < nc; j++) {
                c[to + j * colStride] = acc[j];
            }
        }
    }
}
