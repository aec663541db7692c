package dev.gan4j.runtime.onnx.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnx.proto.OnnxMl;
import dev.gan4j.core.eval.ExtractedFeatures;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features from an ONNX model: a tiny Flatten + MatMul network built here with the ONNX protobuf classes. */
class OnnxFeatureExtractorTest {
    private static final float[] WEIGHTS = {1, 0, 2, 0, 1, 0, -1, 0, 1, 0.5f, 0, 0};

    @TempDir
    static Path dir;

    private static Path model;

    @BeforeAll
    static void writeModel() throws Exception {
        OnnxMl.TensorProto weights = OnnxMl.TensorProto.newBuilder().setName("w")
                .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).addDims(4).addDims(3)
                .addAllFloatData(java.util.stream.IntStream.range(0, WEIGHTS.length).mapToObj(i -> WEIGHTS[i]).toList())
                .build();
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder().setName("features")
                .addInput(value("images", -1, 1, 2, 2))
                .addInitializer(weights)
                .addNode(OnnxMl.NodeProto.newBuilder().setOpType("Flatten").addInput("images").addOutput("flat")
                        .addAttribute(OnnxMl.AttributeProto.newBuilder().setName("axis").setI(1)
                                .setType(OnnxMl.AttributeProto.AttributeType.INT)))
                .addNode(OnnxMl.NodeProto.newBuilder().setOpType("MatMul").addInput("flat").addInput("w")
                        .addOutput("embedding"))
                .addOutput(value("embedding", -1, 3))
                .build();
        OnnxMl.ModelProto proto = OnnxMl.ModelProto.newBuilder().setIrVersion(8).setGraph(graph)
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setVersion(13)).build();
        model = dir.resolve("tiny.onnx");
        Files.write(model, proto.toByteArray());
    }

    private static OnnxMl.ValueInfoProto value(String name, long... dims) {
        OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(d < 0 ? OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("N")
                    : OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape))).build();
    }

    @Test
    void featuresAreTheNamedOutputForEveryImageInBatches() throws Exception {
        int n = OnnxFeatureExtractor.BATCH + 7;
        Tensor images = Tensor.randn(new Rng(1), n, 1, 2, 2);
        try (OnnxFeatureExtractor extractor = OnnxFeatureExtractor.open(model, "embedding")) {
            assertThat(extractor.imageShape()).containsExactly(1, 2, 2);
            assertThat(extractor.id()).isEqualTo("onnx:tiny.onnx#embedding");
            assertThat(extractor.provenance()).containsKey("model-sha256");
            ExtractedFeatures features = extractor.extract(images);
            assertThat(features.features().dims()).containsExactly(n, 3);
            assertThat(features.probabilities()).isEmpty();
            float[] x = images.data();
            for (int i : new int[] {0, n - 1}) {
                for (int j = 0; j < 3; j++) {
                    double expected = 0;
                    for (int k = 0; k < 4; k++) {
                        expected += x[i * 4 + k] * WEIGHTS[k * 3 + j];
                    }
                    assertThat(features.features().get(i, j)).isCloseTo((float) expected, within(1e-5f));
                }
            }
        }
    }

    @Test
    void modelWithoutTheNamedOutputFailsListingItsOutputs() {
        assertThatThrownBy(() -> OnnxFeatureExtractor.open(model, "pool3"))
                .hasMessageContaining("no output named \"pool3\"").hasMessageContaining("\"embedding\"")
                .hasMessageContaining("--features-output");
    }

    @Test
    void imagesOfAnotherShapeAreRejectedNamingBoth() throws Exception {
        try (OnnxFeatureExtractor extractor = OnnxFeatureExtractor.open(model, "embedding")) {
            assertThatThrownBy(() -> extractor.extract(Tensor.zeros(2, 1, 3, 3)))
                    .hasMessageContaining("[1, 2, 2]").hasMessageContaining("[2, 1, 3, 3]");
        }
    }
}
