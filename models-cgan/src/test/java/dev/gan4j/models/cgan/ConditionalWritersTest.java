package dev.gan4j.models.cgan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.condition.ConditionMetadata;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ONNX writers of the conditional layers compute what the layers compute: the exported
 * generator (labels by embedding and one-hot, captions, conditional batch norm with trained
 * running statistics), written into an {@link EagerOnnxGraph} in both opset conventions, gives the
 * generator's evaluation-mode output. (Parity with ONNX Runtime itself is checked in runtime-onnx.)
 */
class ConditionalWritersTest {
    private static final DataSpec FASHION = new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10);

    @Test
    void labelEmbeddingGeneratorWritesToTheSameOutput() {
        checkExport(config(null, "label", null), "label", ExportedTensor.ElementType.INT64);
    }

    @Test
    void oneHotGeneratorWritesToTheSameOutput() {
        checkExport(new CganConfig(null, 8, null, null, null, null, null, null, null, null, "label", "one-hot", null,
                null, null, null, 16, null, null, null), "label", ExportedTensor.ElementType.INT64);
    }

    @Test
    void captionGeneratorWritesToTheSameOutputAndDeclaresTheVocabulary() {
        ExportablePart part = checkExport(config(null, "text", null), "tokens", ExportedTensor.ElementType.INT64);
        assertThat(part.inputs().get(1).shape()).containsExactly(ExportedTensor.BATCH, 8);
        assertThat(part.inputs().get(1).meaning()).contains(ConditionMetadata.VOCABULARY);
        assertThat(part.metadata()).containsEntry(ConditionMetadata.CONDITION, ConditionMetadata.TEXT);
        assertThat(part.metadata().get(ConditionMetadata.VOCABULARY)).startsWith("{\"tokens\":[\"<pad>\",\"a\",")
                .contains("\"sneaker\"").contains("\"maxTokens\":8");
    }

    @Test
    void conditionalBatchNormGeneratorWritesToTheSameOutputWithItsRunningStatistics() {
        checkExport(config(DcganNetworkConfig.withBaseChannels(4), "label", true), "label",
                ExportedTensor.ElementType.INT64);
    }

    private static CganConfig config(DcganNetworkConfig network, String condition, Boolean conditionalBatchNorm) {
        return new CganConfig(network, 8, null, null, null, null, null, null, null, null, condition, null, 4, null,
                null, conditionalBatchNorm, 16, null, null, null);
    }

    private static ExportablePart checkExport(CganConfig config, String conditionInput, ExportedTensor.ElementType type) {
        ConditionalSystem system = (ConditionalSystem) new CganFamily().build(config, BuildContexts.installed(FASHION, 1));
        Rng rng = new Rng(2);
        // a few training steps of the discriminator phase move the generator's batch-norm statistics
        // and, with random modulation weights, make every part of the layers matter
        for (int i = 0; i < 3; i++) {
            int[] labels = {0, 3, 7, 9, 1, 2};
            system.phases().get(0).loss(new Batch(Tensor.uniform(rng, -1, 1, 6, 1, 28, 28), labels), rng);
        }
        Layer generator = system.networks().get("generator");
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            generator.parameters().forEach(p -> rng.fillGaussian(p.tensor().data(), 0, 0.3));
        }
        ExportablePart part = system.exportableParts().get(0);
        assertThat(part.network()).isSameAs(generator);
        assertThat(part.inputs().get(0).name()).isEqualTo("z");
        assertThat(part.inputs().get(1).name()).isEqualTo(conditionInput);
        assertThat(part.inputs().get(1).elementType()).isEqualTo(type);
        assertThat(part.output().shape()).containsExactly(ExportedTensor.BATCH, 1, 28, 28);

        Tensor z = system.noise(5, rng);
        Condition condition = system.evenCondition(5);
        Tensor expected = system.sample(generator, z, condition);
        for (int opset : new int[] {12, 17}) {
            EagerOnnxGraph graph = new EagerOnnxGraph(opset);
            String out = graph.layer(generator, List.of(graph.input("z", z), graph.input(conditionInput,
                    condition.values())));
            float[] written = graph.value(out).data();
            assertThat(graph.value(out).dims()).containsExactly(expected.dims());
            for (int i = 0; i < written.length; i++) {
                assertThat(written[i]).as("opset " + opset + ", element " + i)
                        .isCloseTo(expected.data()[i], org.assertj.core.data.Offset.offset(1e-4f));
            }
        }
        return part;
    }
}
