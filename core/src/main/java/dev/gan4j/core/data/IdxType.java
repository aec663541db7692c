package dev.gan4j.core.data;

/**
 * The element types of the IDX format (the third byte of an IDX file's magic number), each with
 * its code and size in bytes. Values are big-endian in the file.
 */
public enum IdxType {
    /** Unsigned 8-bit integers (0 to 255): images and labels of MNIST and Fashion-MNIST. */
    UINT8(0x08, 1),
    /** Signed 8-bit integers. */
    INT8(0x09, 1),
    /** Signed 16-bit integers. */
    INT16(0x0B, 2),
    /** Signed 32-bit integers. */
    INT32(0x0C, 4),
    /** IEEE 754 single precision: what gan4j writes for samples and translations. */
    FLOAT32(0x0D, 4),
    /** IEEE 754 double precision (rounded to float when read). */
    FLOAT64(0x0E, 8);

    private final int code;
    private final int byteSize;

    IdxType(int code, int byteSize) {
        this.code = code;
        this.byteSize = byteSize;
    }

    /** The type code in the file's magic number. */
    public int code() {
        return code;
    }

    /** The size of one element in bytes. */
    public int byteSize() {
        return byteSize;
    }

    /** The type with the given code, or null when no IDX type has it. */
    public static IdxType fromCode(int code) {
        for (IdxType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** The list of known codes, for messages: "0x08 (uint8), 0x09 (int8), ...". */
    static String describeAll() {
        StringBuilder sb = new StringBuilder();
        for (IdxType t : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format("0x%02X (%s)", t.code, t.label()));
        }
        return sb.toString();
    }

    /** The lower-case name used in messages ("uint8"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
