package dev.gan4j.core.kernel;

/**
 * Columns [j0, j1) of a matrix multiply with the contract of {@link KernelBackend#gemm}, computed
 * on the calling thread alone: c = op(a) · op(b) on packed row-major arrays, where only c's columns
 * j0 to j1 − 1 (of every row, row length n) are written. Threads of one pool job each take a column
 * range of the same product this way, without a second hand-over. With {@code accumulate} the product
 * is added to those columns instead (c += op(a) · op(b)), so a thread can sum the products of several
 * runs of a batch into its own columns of one result.
 */
@FunctionalInterface
public interface ColumnRangeGemm {
    /**
     * Columns [j0, j1) of c = op(a) · op(b), or of c += op(a) · op(b) with {@code accumulate}, with
     * op(a) of shape m×k and op(b) of shape k×n.
     *
     * @param transposeA a is stored k×m and is used transposed
     * @param transposeB b is stored n×k and is used transposed
     * @param accumulate add the product to c's columns instead of overwriting them
     */
    void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
              float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset, int j0, int j1,
              boolean accumulate);
}
