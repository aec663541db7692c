package dev.gan4j.runtime.onnx.kernel;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * The one-node ONNX model Y = op(A) · op(B) (ONNX {@code Gemm}, opset 13) with symbolic sizes, so one
 * session serves every shape of one transpose combination.
 */
final class GemmModel {
    /** Name of the left input. */
    static final String A = "A";
    /** Name of the right input. */
    static final String B = "B";
    /** Name of the output. */
    static final String Y = "Y";

    private GemmModel() {
    }

    /** The serialised model for the given transpose flags. */
    static byte[] bytes(boolean transposeA, boolean transposeB) {
        NodeProto gemm = NodeProto.newBuilder().setOpType("Gemm").setName("gemm").addInput(A).addInput(B).addOutput(Y)
                .addAttribute(flag("transA", transposeA)).addAttribute(flag("transB", transposeB)).build();
        GraphProto graph = GraphProto.newBuilder().setName("gan4j_gemm").addNode(gemm)
                .addInput(matrix(A, transposeA ? "k" : "m", transposeA ? "m" : "k"))
                .addInput(matrix(B, transposeB ? "n" : "k", transposeB ? "k" : "n"))
                .addOutput(matrix(Y, "m", "n")).build();
        return ModelProto.newBuilder().setIrVersion(8).setProducerName("gan4j")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph).build().toByteArray();
    }

    private static AttributeProto flag(String name, boolean value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value ? 1 : 0).build();
    }

    private static ValueInfoProto matrix(String name, String rows, String columns) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(rows))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(columns)).build();
        TypeProto type = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(TensorProto.DataType.FLOAT.getNumber()).setShape(shape)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }
}
