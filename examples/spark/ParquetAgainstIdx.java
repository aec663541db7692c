import dev.gan4j.core.data.IdxStreamReader;
import dev.gan4j.core.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Counts the values that differ between images in a Parquet data set written by {@code gan4j spark}
 * and a float32 IDX file written by the single-JVM command, bit for bit (the measurements of
 * examples/spark-million.sh and examples/spark-translate-check.sh; not part of the build). Run with
 * the java source launcher on gan4j-spark's class path:
 *
 * <pre>
 * java -cp "$(ls runtime-onnx/spark/target/gan4j-spark-*.jar | head -1):$(cat runtime-onnx/spark/target/spark-classpath.txt)" \
 *   examples/spark/ParquetAgainstIdx.java index OUT.parquet image REFERENCE.idx [RECORDS]
 * java -cp ... examples/spark/ParquetAgainstIdx.java path OUT.parquet translation REFERENCE.idx IMAGE_DIR
 * </pre>
 *
 * {@code index}: row {@code index = i} against IDX record {@code i}, for the first RECORDS records of the
 * IDX file (default: all).
 * {@code path}: the row whose {@code path} ends in an image's file name against the IDX record of that
 * image's place in IMAGE_DIR's name order (the order gan4j translate --in DIR reads); rows with an
 * {@code error} are listed, not compared. Prints one JSON line.
 */
public final class ParquetAgainstIdx {
    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !(args[0].equals("index") || args[0].equals("path"))
                || (args[0].equals("path") && args.length < 5)) {
            System.err.println("usage: ParquetAgainstIdx index PARQUET COLUMN FILE.idx [RECORDS] | path PARQUET COLUMN FILE.idx"
                    + " IMAGE_DIR");
            System.exit(2);
        }
        boolean byIndex = args[0].equals("index");
        String parquet = args[1];
        String column = args[2];
        Path idx = Path.of(args[3]);
        SparkSession spark = SparkSession.builder().master("local[1]").appName("parquet-against-idx")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try (IdxStreamReader reader = IdxStreamReader.open(idx)) {
            int records = byIndex && args.length > 4 ? Math.min(Integer.parseInt(args[4]), reader.records())
                    : reader.records();
            Tensor reference = reader.next(records);
            int per = reference.size() / records;
            float[] expected = reference.data();
            Dataset<Row> rows = spark.read().parquet(parquet);
            Map<String, Integer> place = new HashMap<>();
            if (byIndex) {
                rows = rows.where(functions.col("index").lt(records)).select(functions.col("index"), functions.col(column),
                        functions.lit(null).cast("string"));
            } else {
                try (Stream<Path> files = Files.list(Path.of(args[4]))) {
                    List<String> names = files.map(p -> p.getFileName().toString())
                            .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)")).sorted().toList();
                    for (int i = 0; i < names.size(); i++) {
                        place.put(names.get(i), i);
                    }
                }
                rows = rows.select(functions.col("path"), functions.col(column), functions.col("error"));
            }
            long compared = 0;
            long values = 0;
            long differing = 0;
            double maxDifference = 0;
            long errors = 0;
            long unmatched = 0;
            StringBuilder errorPaths = new StringBuilder();
            boolean[] seen = new boolean[records];
            for (Iterator<Row> it = rows.toLocalIterator(); it.hasNext(); ) {
                Row row = it.next();
                if (!row.isNullAt(2)) {
                    errors++;
                    if (errors <= 5) {
                        errorPaths.append(errorPaths.length() == 0 ? "" : ", ").append('"')
                                .append(row.getString(2).replace("\"", "'")).append('"');
                    }
                    continue;
                }
                int record;
                if (byIndex) {
                    record = Math.toIntExact(row.getLong(0));
                } else {
                    String path = row.getString(0);
                    Integer at = place.get(path.substring(path.lastIndexOf('/') + 1));
                    if (at == null) {
                        unmatched++;
                        continue;
                    }
                    record = at;
                }
                List<Float> image = row.getList(1);
                seen[record] = true;
                compared++;
                for (int k = 0; k < per; k++) {
                    float want = expected[record * per + k];
                    float got = image.get(k);
                    values++;
                    if (Float.floatToRawIntBits(want) != Float.floatToRawIntBits(got)) {
                        differing++;
                        maxDifference = Math.max(maxDifference, Math.abs((double) want - got));
                    }
                }
            }
            long missing = 0;
            for (boolean s : seen) {
                missing += s ? 0 : 1;
            }
            System.out.printf(Locale.ROOT, "{\"parquet\":\"%s\",\"idx\":\"%s\",\"rows_compared\":%d,\"values_compared\":%d,"
                            + "\"values_differing\":%d,\"max_abs_difference\":%s,\"idx_records_without_row\":%d,"
                            + "\"rows_without_record\":%d,\"error_rows\":%d,\"first_errors\":[%s]}%n", parquet, idx, compared,
                    values, differing, maxDifference, missing, unmatched, errors, errorPaths);
        } finally {
            spark.stop();
        }
    }
}
