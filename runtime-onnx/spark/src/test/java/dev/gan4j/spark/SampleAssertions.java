package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.apache.spark.sql.Row;

/** Compares sample rows with samples drawn in one JVM, bit for bit. */
final class SampleAssertions {
    private SampleAssertions() {
    }

    /** Rows (in index order) {@code first}, {@code first + 1}, ... equal the reference's samples bit for bit. */
    static void assertRowsEqual(List<Row> rows, Tensor reference, int first) {
        int per = reference.size() / reference.dim(0);
        float[] expected = reference.data();
        List<Row> sorted = rows.stream().sorted((a, b) -> Long.compare(a.getLong(0), b.getLong(0))).toList();
        assertThat(sorted).hasSize(reference.dim(0) - first);
        for (int r = 0; r < sorted.size(); r++) {
            Row row = sorted.get(r);
            int index = first + r;
            assertThat(row.getLong(0)).isEqualTo(index);
            List<Float> image = row.getList(1);
            assertThat(image).hasSize(per);
            for (int k = 0; k < per; k++) {
                int want = Float.floatToRawIntBits(expected[index * per + k]);
                int got = Float.floatToRawIntBits(image.get(k));
                if (want != got) {
                    throw new AssertionError("Sample " + index + ", value " + k + ": expected "
                            + expected[index * per + k] + " but the Spark row has " + image.get(k) + ".");
                }
            }
        }
    }
}
