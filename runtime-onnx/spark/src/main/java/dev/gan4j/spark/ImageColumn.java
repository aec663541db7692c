package dev.gan4j.spark;

import dev.gan4j.core.tensor.Tensor;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A column of images given as arrays of numbers in [-1, 1] (the {@code image} column of
 * {@link Gan4jSpark#sample}): each row one image, flattened, with the image's shape recorded in
 * the column's metadata ({@code shape}) or given. Reads a batch of rows into an [N, ...shape] tensor.
 */
final class ImageColumn implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String READ = "array<float> or array<double> (flattened images in [-1, 1], as the image"
            + " column of gan4j spark sample)";

    private final String name;
    private final int[] shape;

    private ImageColumn(String name, int[] shape) {
        this.name = name;
        this.shape = shape;
    }

    /**
     * The column {@code name} of {@code schema}, its image shape taken from its metadata when
     * {@code shape} is null.
     *
     * @throws IllegalArgumentException naming the column and the types read when it is missing or
     *                                  of another type, or when no shape is known
     */
    static ImageColumn of(StructType schema, String name, int[] shape) {
        if (!Arrays.asList(schema.fieldNames()).contains(name)) {
            throw new IllegalArgumentException("There is no column '" + name + "' of images; the columns are "
                    + Arrays.toString(schema.fieldNames()) + ".");
        }
        StructField field = schema.apply(name);
        DataType type = field.dataType();
        boolean numbers = type instanceof ArrayType array && (array.elementType().equals(DataTypes.FloatType)
                || array.elementType().equals(DataTypes.DoubleType));
        if (!numbers) {
            throw new IllegalArgumentException("The column '" + name + "' has type " + type.simpleString()
                    + ", but images are read from " + READ + ".");
        }
        int[] dims = shape;
        if (dims == null) {
            if (!field.metadata().contains("shape")) {
                throw new IllegalArgumentException("The column '" + name + "' records no image shape in its metadata"
                        + " (key shape); give the shape of one image, such as 1,28,28.");
            }
            dims = Arrays.stream(field.metadata().getLongArray("shape")).mapToInt(Math::toIntExact).toArray();
        }
        return new ImageColumn(name, dims.clone());
    }

    /** The column's name. */
    String name() {
        return name;
    }

    /** The shape of one image. */
    int[] shape() {
        return shape.clone();
    }

    /**
     * The images of {@code rows} (the column at {@code position}) as [N, ...shape].
     *
     * @throws IllegalArgumentException naming the row's index when an image has the wrong size or is null
     */
    Tensor batch(List<Row> rows, int position) {
        int per = 1;
        for (int d : shape) {
            per *= d;
        }
        float[] data = new float[rows.size() * per];
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.isNullAt(position)) {
                throw new IllegalArgumentException("A row of column '" + name + "' holds no image (null); filter "
                        + "those rows out first.");
            }
            List<Object> values = row.getList(position);
            if (values.size() != per) {
                throw new IllegalArgumentException("An image in column '" + name + "' has " + values.size()
                        + " values, but images of shape " + Arrays.toString(shape) + " have " + per + ".");
            }
            for (int k = 0; k < per; k++) {
                data[r * per + k] = ((Number) values.get(k)).floatValue();
            }
        }
        int[] dims = new int[shape.length + 1];
        dims[0] = rows.size();
        System.arraycopy(shape, 0, dims, 1, shape.length);
        return Tensor.of(data, dims);
    }
}
