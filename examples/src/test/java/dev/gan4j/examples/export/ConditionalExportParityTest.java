package dev.gan4j.examples.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.condition.ConditionMetadata;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import dev.gan4j.runtime.onnx.inference.ExportParity;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import dev.gan4j.runtime.onnx.inference.ParityReport;
import dev.gan4j.runtime.onnx.testing.OnnxChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every conditional generator variant of the cgan family, trained a few steps (so conditional
 * batch norm's running statistics move), exported and run by ONNX Runtime, matches the JVM within
 * 1e-4 relative at batch 1, 3 and 17: captions (token ids of real captions, held-out wordings and
 * texts with unknown words, so rows carry different amounts of padding) on mlp and on dcgan,
 * labels by embedding on a conditional-batch-norm dcgan, and one-hot labels. The exported models
 * record their condition format, which reads back to the JVM's, and pass python3-onnx's checker.
 */
class ConditionalExportParityTest {
    private static final double TOLERANCE = 1e-4;
    private static final int[] BATCHES = {1, 3, 17};
    private static final DataSpec FASHION = new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10);
    private static final Map<String, String> VARIANTS = variants();
    private static final List<String> TEXTS = List.of("a sneaker", "a pair of trousers", "a plain cotton tee",
            "a heavy winter coat", "a shiny leather handbag", "Slim denim JEANS!", "a short sleeved top",
            "a wool pullover with long sleeves", "dress");

    @TempDir
    static Path dir;

    private static Map<String, String> variants() {
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("captions-mlp", "\"conditionSize\": 4, \"condition\": \"text\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 16]}");
        variants.put("captions-dcgan", "\"conditionSize\": 4, \"condition\": \"text\", \"network\": {\"type\": \"dcgan\", \"baseChannels\": 4}");
        variants.put("labels-dcgan-conditional-batch-norm",
                "\"conditionSize\": 4, \"network\": {\"type\": \"dcgan\", \"baseChannels\": 4}, \"conditionalBatchNorm\": true");
        variants.put("labels-one-hot-mlp", "\"labelEncoding\": \"one-hot\", \"network\": {\"type\": \"mlp\", "
                + "\"hiddenSizes\": [16, 16]}");
        return variants;
    }

    @TestFactory
    Stream<DynamicTest> everyConditionalGeneratorMatchesTheJvm() {
        return VARIANTS.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> checkVariant(name)));
    }

    @Test
    void exportedConditionalModelsPassTheOnnxChecker() throws Exception {
        assumeTrue(OnnxChecker.available(), "python3-onnx is not installed (apt-get install python3-onnx); the checker cannot run");
        List<Path> files = new ArrayList<>();
        for (String name : VARIANTS.keySet()) {
            files.add(export(name, trained(name).exportableParts().get(0)));
        }
        OnnxChecker.Result result = OnnxChecker.check(files);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.passed(OnnxExporter.IR_VERSION, 17)).isEqualTo(files.size());
    }

    private static void checkVariant(String name) throws Exception {
        ConditionalSystem system = trained(name);
        ExportablePart part = system.exportableParts().get(0);
        Path file = export(name, part);
        try (OnnxGenerator model = OnnxGenerator.open(file)) {
            ConditionFormat format = model.conditionFormat().orElseThrow();
            assertThat(format.classNames().names()).isEqualTo(system.classNames());
            assertThat(format.acceptsText()).isEqualTo(system.acceptsText());
            assertThat(model.metadata()).containsKeys(ConditionMetadata.CONDITION, ConditionMetadata.CLASSES);
            Rng rng = new Rng(31);
            for (int batch : BATCHES) {
                Map<String, Tensor> inputs = new LinkedHashMap<>();
                inputs.put(ExportablePart.NOISE, system.noise(batch, rng));
                Tensor condition = condition(system, format, batch, rng);
                inputs.put(format.input().name(), condition);
                ParityReport report = ExportParity.compare(part, model, inputs);
                System.out.println("parity cgan " + name + ": " + report);
                assertThat(report.maxRelativeError()).as("%s of %s", report, name).isLessThanOrEqualTo(TOLERANCE);
            }
        }
    }

    /**
     * Conditions as users ask for them: for captions, row i is TEXTS[(i + offset) mod |TEXTS|]
     * encoded by the model's own format (so the JVM's and the exported format agree); for labels,
     * random classes.
     */
    private static Tensor condition(ConditionalSystem system, ConditionFormat format, int batch, Rng rng) {
        if (!system.acceptsText()) {
            float[] labels = new float[batch];
            for (int i = 0; i < batch; i++) {
                labels[i] = rng.nextInt(system.classNames().size());
            }
            return Tensor.of(labels, batch);
        }
        int offset = rng.nextInt(TEXTS.size());
        List<Tensor> rows = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            String text = TEXTS.get((i + offset) % TEXTS.size());
            Tensor jvm = system.textCondition(text, 1).values();
            assertThat(format.text(text, 1).values().data()).containsExactly(jvm.data());
            rows.add(jvm);
        }
        Tensor tokens = Tensor.concat(0, rows);
        if (batch > TEXTS.size()) {
            assertThat(tokens.data()).contains(0f);
        }
        return tokens;
    }

    private static ConditionalSystem trained(String name) {
        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        FamilyConfig config = discovery.configLoader(List.of()).parse(
                "{\"family\": {\"type\": \"cgan\", \"latentSize\": 8, \"featureSize\": 16, "
                        + VARIANTS.get(name) + "}, \"data\": {\"type\": \"ring8\"}}",
                "the cgan variant " + name, ConfigOverrides.none()).config().family();
        ConditionalSystem system = (ConditionalSystem) discovery.families().get("cgan")
                .build(config, discovery.buildContext(FASHION, new Rng(3)));
        FamilyExportParityTest.train(system, FASHION);
        return system;
    }

    private static Path export(String name, ExportablePart part) throws Exception {
        return new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve("cgan-" + name + ".onnx"));
    }
}
