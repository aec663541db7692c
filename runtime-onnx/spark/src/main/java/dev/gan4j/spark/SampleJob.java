package dev.gan4j.spark;

import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.PngEncoding;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.awt.image.BufferedImage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One partition of a sampling job: the noise blocks it is given, run through the executor's cached
 * generator session, one row per sample. Block {@code b} holds samples {@code 256·b} to
 * {@code 256·b + 255} and gets exactly the noise and condition of {@code gan4j sample}'s batch
 * {@code b}, so row {@code i} is sample {@code i} whatever the partitioning.
 */
final class SampleJob implements MapPartitionsFunction<Long, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The columns: the sample index, the image in [-1, 1] (flattened C·H·W, its shape in the column's metadata). */
    static final String INDEX = "index";
    static final String IMAGE = "image";
    static final String PNG = "png";
    static final String LABEL = "label";
    static final String TEXT = "text";

    private final ModelSource model;
    private final long total;
    private final long seed;
    private final SampleOptions options;
    private final int[] sampleShape;
    private final boolean conditional;
    private final JobCounters counters;

    SampleJob(ModelSource model, long total, long seed, SampleOptions options, int[] sampleShape, boolean conditional,
              JobCounters counters) {
        this.model = model;
        this.total = total;
        this.seed = seed;
        this.options = options;
        this.sampleShape = sampleShape.clone();
        this.conditional = conditional;
        this.counters = counters;
    }

    /** The rows' schema for a model of samples shaped {@code sampleShape} ([C, H, W] or [D]). */
    StructType schema() {
        Metadata shape = new MetadataBuilder().putLongArray("shape",
                Arrays.stream(sampleShape).asLongStream().toArray()).build();
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(INDEX, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(IMAGE, DataTypes.createArrayType(DataTypes.FloatType, false), false,
                shape));
        if (options.png()) {
            fields.add(DataTypes.createStructField(PNG, DataTypes.BinaryType, false));
        }
        if (conditional && options.text() == null) {
            fields.add(DataTypes.createStructField(LABEL, DataTypes.IntegerType, false));
        }
        if (options.text() != null) {
            fields.add(DataTypes.createStructField(TEXT, DataTypes.StringType, false));
        }
        return DataTypes.createStructType(fields);
    }

    @Override
    public Iterator<Row> call(Iterator<Long> blocks) {
        List<Long> mine = new ArrayList<>();
        blocks.forEachRemaining(mine::add);
        if (mine.isEmpty()) {
            return List.<Row>of().iterator();
        }
        SessionCache.Lease<OnnxGenerator> lease = TaskGenerators.lease(model, "generator", options.device(),
                options.threads(), counters);
        OnnxGenerator generator = lease.session();
        ConditionFormat format = generator.conditionFormat().orElse(null);
        Set<String> given = format == null ? Set.of() : Set.of(format.input().name());
        NoiseBlocks noise = new NoiseBlocks(generator.inputs(), given, seed, total);
        int perCall = Math.max(1, options.batch() / NoiseBlocks.BLOCK);
        // rows are made one group of blocks at a time, so a partition never holds more than one call's samples
        return new Iterator<>() {
            private int next;
            private Iterator<Row> current = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < mine.size()) {
                    List<Long> group = mine.subList(next, Math.min(mine.size(), next + perCall));
                    next += group.size();
                    List<Row> rows = new ArrayList<>();
                    generate(generator, format, noise, group, rows);
                    current = rows.iterator();
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
                    throw new java.util.NoSuchElementException("The partition has no more samples.");
                }
                return current.next();
            }
        };
    }

    /** Generates the consecutive blocks of {@code group} (together, or each in parts of the batch size). */
    private void generate(OnnxGenerator generator, ConditionFormat format, NoiseBlocks noise, List<Long> group,
                          List<Row> rows) {
        List<Map<String, Tensor>> inputs = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        for (long block : group) {
            Map<String, Tensor> blockInputs = new LinkedHashMap<>(noise.noise(block));
            int size = noise.size(block);
            int[] blockLabels = null;
            if (format != null) {
                Condition condition = options.label() != null ? format.label(options.label(), size)
                        : options.text() != null ? format.text(options.text(), size) : format.even(size);
                blockInputs.put(format.input().name(), condition.values());
                if (options.text() == null) {
                    blockLabels = new int[size];
                    float[] values = condition.values().data();
                    for (int j = 0; j < size; j++) {
                        blockLabels[j] = (int) values[j];
                    }
                }
            }
            inputs.add(blockInputs);
            labels.add(blockLabels);
        }
        int step = options.batch() < NoiseBlocks.BLOCK ? options.batch() : Integer.MAX_VALUE;
        List<Tensor> outputs = new ArrayList<>();
        Map<String, Tensor> joined = join(inputs);
        int count = joined.values().iterator().next().dim(0);
        for (int from = 0; from < count; from += step) {
            int to = (int) Math.min(count, (long) from + step);
            Map<String, Tensor> part = new LinkedHashMap<>();
            for (Map.Entry<String, Tensor> e : joined.entrySet()) {
                part.put(e.getKey(), from == 0 && to == count ? e.getValue() : e.getValue().slice(0, from, to));
            }
            outputs.add(generator.generate(part));
        }
        Tensor samples = outputs.size() == 1 ? outputs.get(0) : Tensor.concat(0, outputs);
        int per = samples.size() / samples.dim(0);
        float[] data = samples.data();
        int row = 0;
        for (int b = 0; b < group.size(); b++) {
            long start = NoiseBlocks.start(group.get(b));
            int size = noise.size(group.get(b));
            for (int j = 0; j < size; j++, row++) {
                float[] image = Arrays.copyOfRange(data, row * per, (row + 1) * per);
                List<Object> values = new ArrayList<>(5);
                values.add(start + j);
                values.add(image);
                if (options.png()) {
                    values.add(png(image));
                }
                if (format != null && options.text() == null) {
                    values.add(labels.get(b)[j]);
                }
                if (options.text() != null) {
                    values.add(options.text());
                }
                rows.add(RowFactory.create(values.toArray()));
            }
        }
    }

    private static Map<String, Tensor> join(List<Map<String, Tensor>> inputs) {
        if (inputs.size() == 1) {
            return inputs.get(0);
        }
        Map<String, Tensor> joined = new LinkedHashMap<>();
        for (String name : inputs.get(0).keySet()) {
            joined.put(name, Tensor.concat(0, inputs.stream().map(m -> m.get(name)).toList()));
        }
        return joined;
    }

    /** The image as a PNG, with {@code gan4j sample}'s mapping of [-1, 1] to bytes (a grid of one, without its border). */
    private byte[] png(float[] image) {
        if (sampleShape.length != 3) {
            throw new IllegalArgumentException("PNG bytes need image samples [C, H, W], but this model's samples have "
                    + "shape " + Arrays.toString(sampleShape) + "; leave out the PNG column.");
        }
        int[] dims = {1, sampleShape[0], sampleShape[1], sampleShape[2]};
        BufferedImage grid = ImageGrid.render(Tensor.of(image, dims));
        return PngEncoding.encode(grid.getSubimage(1, 1, sampleShape[2], sampleShape[1]));
    }
}
