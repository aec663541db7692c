package dev.gan4j.spark;

import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.PngEncoding;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One partition of a translation: its rows read {@code batch} at a time through the executor's
 * cached translator session, each row kept with three columns added: the translation (flattened
 * [C', H, W] in [−1, 1], its shape in the column's metadata), its PNG bytes when asked (as
 * {@code gan4j translate --out-dir} writes them), and an error. A row that cannot be read or
 * converted gets no translation and its error, naming its path, so the rest of the job finishes.
 */
final class TranslateJob implements MapPartitionsFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The columns added. */
    static final String TRANSLATION = "translation";
    static final String PNG = "translation_png";
    static final String ERROR = "error";

    private final ModelSource model;
    /** One input image's shape [C, H, W], and one translation's [C', H, W] (the metadata is not serializable). */
    private final int[] inputShape;
    private final int[] outputShape;
    private final ImageInputColumn input;
    private final TranslateOptions options;
    private final StructType schema;
    private final JobCounters counters;

    TranslateJob(ModelSource model, TranslationMetadata translation, ImageInputColumn input, StructType inputSchema,
                 TranslateOptions options, JobCounters counters) {
        this.model = model;
        this.inputShape = translation.inputShape();
        this.outputShape = translation.outputShape();
        this.input = input;
        this.options = options;
        this.counters = counters;
        this.schema = outputSchema(inputSchema);
    }

    private StructType outputSchema(StructType inputSchema) {
        List<String> added = options.png() ? List.of(TRANSLATION, PNG, ERROR) : List.of(TRANSLATION, ERROR);
        List<String> taken = added.stream().filter(Arrays.asList(inputSchema.fieldNames())::contains).toList();
        if (!taken.isEmpty()) {
            throw new IllegalArgumentException("The images already have column" + (taken.size() == 1 ? " " : "s ")
                    + taken + ", which the translation adds; drop or rename " + (taken.size() == 1 ? "it" : "them")
                    + " first.");
        }
        Metadata shape = new MetadataBuilder().putLongArray("shape",
                Arrays.stream(outputShape).asLongStream().toArray()).build();
        List<StructField> fields = new ArrayList<>(Arrays.asList(inputSchema.fields()));
        fields.add(DataTypes.createStructField(TRANSLATION, DataTypes.createArrayType(DataTypes.FloatType, false), true,
                shape));
        if (options.png()) {
            fields.add(DataTypes.createStructField(PNG, DataTypes.BinaryType, true));
        }
        fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    /** The rows' schema: the input's columns, then the translation, its PNG when asked, and the error. */
    StructType schema() {
        return schema;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            return List.<Row>of().iterator();
        }
        SessionCache.Lease<OnnxGenerator> lease = TaskGenerators.lease(model, "translator", options.device(),
                options.threads(), counters);
        OnnxGenerator generator = lease.session();
        TaskContext task = TaskContext.get();
        String partition = task == null ? "partition ?" : "partition " + task.partitionId();
        // rows are translated one batch at a time, so a partition never holds more than one batch of images
        return new Iterator<>() {
            private long read;
            private Iterator<Row> current = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && rows.hasNext()) {
                    List<Row> batch = new ArrayList<>(options.batch());
                    while (batch.size() < options.batch() && rows.hasNext()) {
                        batch.add(rows.next());
                    }
                    current = translate(generator, batch, partition, read).iterator();
                    read += batch.size();
                }
                if (!current.hasNext()) {
                    lease.close();
                    return false;
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("The partition has no more translations.");
                }
                return current.next();
            }
        };
    }

    private List<Row> translate(OnnxGenerator generator, List<Row> batch, String partition, long first) {
        int[] in = inputShape;
        int per = in[0] * in[1] * in[2];
        float[][] images = new float[batch.size()][];
        String[] errors = new String[batch.size()];
        int good = 0;
        for (int r = 0; r < batch.size(); r++) {
            try {
                images[r] = input.read(batch.get(r), partition + ", row " + (first + r));
                good++;
            } catch (ImageInputColumn.RowException e) {
                errors[r] = e.getMessage();
            }
        }
        float[] translated = new float[0];
        int outPer = 1;
        for (int d : outputShape) {
            outPer *= d;
        }
        if (good > 0) {
            float[] values = new float[good * per];
            int k = 0;
            for (float[] image : images) {
                if (image != null) {
                    System.arraycopy(image, 0, values, k++ * per, per);
                }
            }
            translated = generator.translate(Tensor.of(values, good, in[0], in[1], in[2])).data();
        }
        List<Row> out = new ArrayList<>(batch.size());
        int k = 0;
        for (int r = 0; r < batch.size(); r++) {
            Row row = batch.get(r);
            List<Object> values = new ArrayList<>(row.size() + 3);
            for (int c = 0; c < row.size(); c++) {
                values.add(row.get(c));
            }
            if (images[r] != null) {
                float[] image = Arrays.copyOfRange(translated, k * outPer, (k + 1) * outPer);
                k++;
                values.add(image);
                if (options.png()) {
                    values.add(PngEncoding.encode(ImageGrid.renderOne(Tensor.of(image, 1, outputShape[0], outputShape[1],
                            outputShape[2]))));
                }
                values.add(null);
            } else {
                values.add(null);
                if (options.png()) {
                    values.add(null);
                }
                values.add(errors[r]);
            }
            out.add(RowFactory.create(values.toArray()));
        }
        return out;
    }
}
