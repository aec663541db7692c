package dev.gan4j.runtime.onnx.export;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import dev.gan4j.core.export.ExportedTensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds the protobuf values of a model: initializers from our tensors and the typed, documented graph inputs and outputs. */
final class TensorProtos {
    /** The name of the dynamic batch dimension in every exported model. */
    static final String BATCH_DIM = "N";

    private TensorProtos() {
    }

    /** A float32 initializer holding {@code values} with dimensions {@code dims}, as little-endian raw data. */
    static TensorProto floats(String name, float[] values, int[] dims) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.FLOAT.getNumber()).setRawData(ByteString.copyFrom(bytes.array()));
        for (int d : dims) {
            tensor.addDims(d);
        }
        return tensor.build();
    }

    /** An int64 initializer holding {@code values} with dimensions {@code dims}. */
    static TensorProto longs(String name, long[] values, long[] dims) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.INT64.getNumber()).setRawData(ByteString.copyFrom(bytes.array()));
        for (long d : dims) {
            tensor.addDims(d);
        }
        return tensor.build();
    }

    /** The graph input or output for {@code tensor}: its element type, its shape with {@link #BATCH_DIM} first, its meaning as doc string. */
    static ValueInfoProto valueInfo(ExportedTensor tensor) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        int[] dims = tensor.shape();
        for (int i = 0; i < dims.length; i++) {
            TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
            if (dims[i] == ExportedTensor.BATCH) {
                dim.setDimParam(BATCH_DIM);
            } else {
                dim.setDimValue(dims[i]);
            }
            shape.addDim(dim);
        }
        TypeProto type = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(elementType(tensor.elementType()).getNumber()).setShape(shape)).build();
        return ValueInfoProto.newBuilder().setName(tensor.name()).setType(type)
                .setDocString(tensor.shapeText() + " " + elementTypeText(tensor.elementType()) + ": " + tensor.meaning())
                .build();
    }

    /** The ONNX element type of ours. */
    static TensorProto.DataType elementType(ExportedTensor.ElementType type) {
        return switch (type) {
            case FLOAT32 -> TensorProto.DataType.FLOAT;
            case INT64 -> TensorProto.DataType.INT64;
        };
    }

    /** The element type as people and numpy write it: {@code float32}, {@code int64}. */
    static String elementTypeText(ExportedTensor.ElementType type) {
        return switch (type) {
            case FLOAT32 -> "float32";
            case INT64 -> "int64";
        };
    }
}
