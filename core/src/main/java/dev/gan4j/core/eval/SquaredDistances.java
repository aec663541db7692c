package dev.gan4j.core.eval;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Tensor;

/**
 * Squared Euclidean distances between the rows of two feature sets, a block of rows at a time so
 * memory stays bounded: {@code |a|² + |b|² - 2 a·b}, the products by the kernel backend's GEMM,
 * clamped at zero where rounding makes them negative.
 */
final class SquaredDistances {
    /** Rows of the first set per block: 1024 x 10,000 floats is 40 MB. */
    static final int BLOCK_ROWS = 1024;

    private final Tensor columns;
    private final float[] columnNorms;

    /** Distances to the rows of {@code columns} [M, D]. */
    SquaredDistances(Tensor columns) {
        this.columns = columns;
        this.columnNorms = rowNorms(columns);
    }

    /** The number of column vectors. */
    int columnCount() {
        return columns.dim(0);
    }

    /** A [rows.dim(0)] x M block of squared distances, row-major, from each of {@code rows} [B, D]. */
    float[] from(Tensor rows) {
        float[] rowNorms = rowNorms(rows);
        float[] out;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            out = rows.matmul(columns, false, true).data().clone();
        }
        int m = columnNorms.length;
        for (int i = 0; i < rowNorms.length; i++) {
            int base = i * m;
            for (int j = 0; j < m; j++) {
                out[base + j] = Math.max(0f, rowNorms[i] + columnNorms[j] - 2 * out[base + j]);
            }
        }
        return out;
    }

    static float[] rowNorms(Tensor x) {
        int n = x.dim(0);
        int d = x.dim(1);
        float[] v = x.data();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double a = v[i * d + j];
                s += a * a;
            }
            out[i] = (float) s;
        }
        return out;
    }
}
