package dev.gan4j.spark;

import dev.gan4j.core.data.ImagePixels;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
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
 * A column of images in one of the forms a DataFrame holds them, read row by row into a model's
 * input [C, H, W] in [−1, 1]: Spark's image struct ({@code spark.read.format("image")}: BGR(A) or
 * grey bytes, height, width, nChannels), encoded PNG or JPEG bytes (the {@code binaryFile}
 * source's {@code content}), or a float or double array already in the model's shape and range.
 * Decoded images go through core's {@link ImagePixels}, the conversion {@code gan4j translate}
 * uses: grey or RGB by the model's channels, resized to its side, scaled to [−1, 1]. A row that
 * cannot be read fails alone, with a {@link RowException} naming its path.
 */
final class ImageInputColumn implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The forms read, for the message about a column of another type. */
    static final String FORMS = "Spark's image struct (spark.read.format(\"image\")), binary (PNG or JPEG bytes, as "
            + "the binaryFile source's content), or array<float> or array<double> (an image flattened in the model's "
            + "input shape, values in [-1, 1])";

    private enum Form { IMAGE_STRUCT, ENCODED, NUMBERS }

    private final String name;
    private final int position;
    private final Form form;
    /** The image struct's fields, when the column is one: origin, height, width, nChannels, data. */
    private final int[] structFields;
    private final int pathPosition;
    private final int[] inputShape;

    private ImageInputColumn(String name, int position, Form form, int[] structFields, int pathPosition,
                             int[] inputShape) {
        this.name = name;
        this.position = position;
        this.form = form;
        this.structFields = structFields;
        this.pathPosition = pathPosition;
        this.inputShape = inputShape;
    }

    /** A row that cannot be read or converted; its message names the row's path and what is wrong. */
    static final class RowException extends Exception {
        private static final long serialVersionUID = 1L;

        RowException(String message) {
            super(message);
        }
    }

    /**
     * The column {@code name} of {@code schema}, read for a model of inputs {@code inputShape} [C, H, W].
     *
     * @param pathColumn the column naming each image, or null for the image struct's origin, else a
     *                   column {@code path} when there is one
     * @throws IllegalArgumentException naming the column and the forms read when it is missing or of
     *                                  another type, or naming the path column when it is missing
     */
    static ImageInputColumn of(StructType schema, String name, String pathColumn, int[] inputShape) {
        List<String> columns = Arrays.asList(schema.fieldNames());
        if (!columns.contains(name)) {
            throw new IllegalArgumentException("There is no column '" + name + "' of images; the columns are "
                    + columns + ". Give the column that holds " + FORMS + ".");
        }
        if (pathColumn != null && !columns.contains(pathColumn)) {
            throw new IllegalArgumentException("There is no column '" + pathColumn + "' to name the images by; the "
                    + "columns are " + columns + ".");
        }
        if (inputShape.length != 3 || inputShape[1] != inputShape[2]) {
            throw new IllegalArgumentException("The translator takes inputs of shape " + Arrays.toString(inputShape)
                    + ", but images are read for square models [C, H, H].");
        }
        int position = schema.fieldIndex(name);
        DataType type = schema.apply(name).dataType();
        int path = pathColumn != null ? schema.fieldIndex(pathColumn) : columns.contains("path")
                ? schema.fieldIndex("path") : -1;
        if (type instanceof StructType struct && isImageStruct(struct)) {
            int[] fields = {struct.fieldIndex("origin"), struct.fieldIndex("height"), struct.fieldIndex("width"),
                struct.fieldIndex("nChannels"), struct.fieldIndex("data")};
            return new ImageInputColumn(name, position, Form.IMAGE_STRUCT, fields,
                    pathColumn != null ? path : -1, inputShape.clone());
        }
        if (type.equals(DataTypes.BinaryType)) {
            return new ImageInputColumn(name, position, Form.ENCODED, null, path, inputShape.clone());
        }
        if (type instanceof ArrayType array && (array.elementType().equals(DataTypes.FloatType)
                || array.elementType().equals(DataTypes.DoubleType))) {
            return new ImageInputColumn(name, position, Form.NUMBERS, null, path, inputShape.clone());
        }
        throw new IllegalArgumentException("The column '" + name + "' has type " + type.simpleString()
                + ", which gan4j does not read as images; images are read from " + FORMS + ".");
    }

    private static boolean isImageStruct(StructType struct) {
        List<String> names = Arrays.asList(struct.fieldNames());
        if (!names.containsAll(List.of("origin", "height", "width", "nChannels", "data"))) {
            return false;
        }
        return struct.apply("data").dataType().equals(DataTypes.BinaryType)
                && struct.apply("height").dataType().equals(DataTypes.IntegerType)
                && struct.apply("width").dataType().equals(DataTypes.IntegerType)
                && struct.apply("nChannels").dataType().equals(DataTypes.IntegerType);
    }

    /** The column's name. */
    String name() {
        return name;
    }

    /** What names {@code row}'s image in a message: its path, else its place. */
    String path(Row row, String place) {
        if (pathPosition >= 0 && !row.isNullAt(pathPosition)) {
            return String.valueOf(row.get(pathPosition));
        }
        if (form == Form.IMAGE_STRUCT && !row.isNullAt(position)) {
            Row image = row.getStruct(position);
            if (!image.isNullAt(structFields[0])) {
                return image.getString(structFields[0]);
            }
        }
        return "in column '" + name + "' at " + place;
    }

    /**
     * The image of {@code row} as the model's input [C, H, W] in [−1, 1], flattened.
     *
     * @param place where the row is (partition and row), for a row that names no path
     * @throws RowException naming the image's path when the row holds no image, an image that
     *                      cannot be decoded, or numbers of another count than the model takes
     */
    float[] read(Row row, String place) throws RowException {
        String path = path(row, place);
        if (row.isNullAt(position)) {
            throw new RowException("The image " + path + " is missing (column '" + name + "' is null); give the row "
                    + "an image or filter it out.");
        }
        return switch (form) {
            case IMAGE_STRUCT -> ImagePixels.modelInput(fromStruct(row.getStruct(position), path), inputShape[0],
                    inputShape[1]);
            case ENCODED -> decode(row.getAs(position), path);
            case NUMBERS -> numbers(row.getList(position), path);
        };
    }

    private float[] decode(byte[] bytes, String path) throws RowException {
        BufferedImage image;
        try {
            image = ImagePixels.decode(bytes, path);
        } catch (IOException e) {
            throw new RowException(e.getMessage());
        }
        return ImagePixels.modelInput(image, inputShape[0], inputShape[1]);
    }

    /**
     * The picture Spark's image source decoded, rebuilt as the {@link BufferedImage} it came from: a
     * grey raster for one channel, BGR or ABGR bytes for three or four, so {@link ImagePixels} reads
     * the same values from it as from the file itself.
     */
    private BufferedImage fromStruct(Row image, String path) throws RowException {
        int height = image.isNullAt(structFields[1]) ? -1 : image.getInt(structFields[1]);
        int width = image.isNullAt(structFields[2]) ? -1 : image.getInt(structFields[2]);
        int channels = image.isNullAt(structFields[3]) ? -1 : image.getInt(structFields[3]);
        byte[] data = image.isNullAt(structFields[4]) ? new byte[0] : image.getAs(structFields[4]);
        if (height < 1 || width < 1 || channels < 1) {
            throw new RowException("The image " + path + " cannot be read: Spark's image source could not decode it "
                    + "(it is not a PNG or JPEG image that javax.imageio can decode); replace or remove the file.");
        }
        if (channels != 1 && channels != 3 && channels != 4) {
            throw new RowException("The image " + path + " has " + channels + " channels, but Spark's image struct "
                    + "holds 1 (grey), 3 (BGR) or 4 (BGRA).");
        }
        if ((long) height * width * channels != data.length) {
            throw new RowException("The image " + path + " is " + width + "×" + height + " with " + channels
                    + " channels, so " + (long) height * width * channels + " bytes, but its data holds "
                    + data.length + "; the image struct is damaged.");
        }
        int type = channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : channels == 3 ? BufferedImage.TYPE_3BYTE_BGR
                : BufferedImage.TYPE_4BYTE_ABGR;
        BufferedImage picture = new BufferedImage(width, height, type);
        byte[] target = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        if (channels == 4) {
            // Spark stores B, G, R, A per pixel; the ABGR image A, B, G, R
            for (int p = 0; p < width * height; p++) {
                target[4 * p] = data[4 * p + 3];
                target[4 * p + 1] = data[4 * p];
                target[4 * p + 2] = data[4 * p + 1];
                target[4 * p + 3] = data[4 * p + 2];
            }
        } else {
            System.arraycopy(data, 0, target, 0, data.length);
        }
        return picture;
    }

    private float[] numbers(List<Object> values, String path) throws RowException {
        int per = inputShape[0] * inputShape[1] * inputShape[2];
        if (values.size() != per) {
            throw new RowException("The image " + path + " has " + values.size() + " values, but the translator "
                    + "takes images of shape " + Arrays.toString(inputShape) + ", " + per + " values.");
        }
        float[] out = new float[per];
        for (int k = 0; k < per; k++) {
            Object value = values.get(k);
            if (value == null) {
                throw new RowException("The image " + path + " has no value at position " + k + " (null).");
            }
            out[k] = ((Number) value).floatValue();
        }
        return out;
    }
}
