package dev.gan4j.core.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a double that holds a whole number as an integer ({@code 3000}, not {@code 3000.0}), so
 * a field that takes a whole count or a fraction keeps the canonical JSON (and its SHA-256) that
 * configs had when the field took whole counts only.
 */
public final class WholeNumbersAsIntegers extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    /** The serializer. */
    public WholeNumbersAsIntegers() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
            generator.writeNumber((long) v);
        } else {
            generator.writeNumber(v);
        }
    }
}
