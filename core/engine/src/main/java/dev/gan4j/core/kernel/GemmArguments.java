package dev.gan4j.core.kernel;

/**
 * Checks the arguments of a {@link Gemm} call, so every backend (in core or in another module)
 * fails the same clear way.
 */
public final class GemmArguments {
    private GemmArguments() {
    }

    /**
     * Checks the sizes and that each array holds its packed matrix at its offset.
     *
     * @throws IllegalArgumentException when a size is negative or an array is too short for its
     *                                  matrix at its offset
     */
    public static void check(int m, int n, int k, float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("gemm sizes must be non-negative, but got m=" + m + ", n=" + n
                    + ", k=" + k + ".");
        }
        fits("a", a, aOffset, (long) m * k, m + "x" + k);
        fits("b", b, bOffset, (long) k * n, k + "x" + n);
        fits("c", c, cOffset, (long) m * n, m + "x" + n);
    }

    private static void fits(String name, float[] array, int offset, long size, String shape) {
        if (offset < 0 || offset + size > array.length) {
            throw new IllegalArgumentException("gemm array " + name + " has " + array.length + " elements, too few "
                    + "for a " + shape + " matrix at offset " + offset + "; pass a larger array or a smaller offset.");
        }
    }
}
