package dev.gan4j.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import dev.gan4j.runtime.onnx.inference.ExportParity;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import dev.gan4j.runtime.onnx.inference.ParityReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every installed family (everything on this module's class path: models-gan, models-cgan, the
 * rsgan example, ...) with its default config: its system is trained for a few steps (so batch-norm
 * statistics, spectral-norm vectors and fitted code distributions move off their defaults), then
 * each of its exportable parts is exported and must match the JVM forward pass within 1e-4
 * relative at batch 1, 3 and 17; translation families (on two unpaired grey domains) export a
 * translator per direction. A family added to the class path is checked without a line here,
 * and one whose layers have no ONNX writer fails.
 */
class FamilyExportParityTest {
    private static final double TOLERANCE = 1e-4;
    private static final int[] BATCHES = {1, 3, 17};
    private static final List<DataSpec> DATA = List.of(
            new DataSpec("grey images", new int[] {1, 28, 28}, 10),
            new DataSpec("points", new int[] {2}, 0),
            new DataSpec("labelled points", new int[] {2}, 8),
            twoGreyDomains());
    private static final int TRAINING_STEPS = 2;
    private static final int BATCH = 8;

    @TempDir
    static Path dir;

    private static DataSpec twoGreyDomains() {
        Map<String, DataSpec> domains = new LinkedHashMap<>();
        domains.put("A", new DataSpec("grey A", new int[] {1, 16, 16}, 0));
        domains.put("B", new DataSpec("grey B", new int[] {1, 16, 16}, 0));
        return DataSpec.unpaired(domains);
    }

    @TestFactory
    Stream<DynamicTest> everyFamilyExportsPartsThatMatchTheJvm() {
        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        assertThat(discovery.families()).containsKeys("gan", "dcgan", "vae", "autoencoder");
        return discovery.families().values().stream()
                .map(family -> DynamicTest.dynamicTest(family.id(), () -> checkFamily(discovery, family)));
    }

    private static void checkFamily(FamilyDiscovery discovery, GanFamily family) throws Exception {
        FamilyConfig config = discovery.configLoader(List.of()).parse(
                "{\"family\": {\"type\": \"" + family.id() + "\"}, \"data\": {\"type\": \"ring8\"}}",
                "the default config of " + family.id(), ConfigOverrides.none()).config().family();
        List<String> checked = new ArrayList<>();
        for (DataSpec data : DATA) {
            GanSystem system;
            try {
                system = family.build(config, discovery.buildContext(data, new Rng(3)));
            } catch (IllegalArgumentException notForThisData) {
                continue;
            }
            if (data.isUnpaired() != system instanceof TranslationSystem) {
                continue; // a single-domain family reads unpaired data as its last domain: checked on images already
            }
            train(system, data);
            for (ExportablePart part : system.exportableParts()) {
                for (ParityReport report : parity(part, data, family.id())) {
                    System.out.println("parity " + family.id() + " on " + data.name() + ": " + report);
                    assertThat(report.maxRelativeError()).as("%s of family %s on %s", report, family.id(), data)
                            .isLessThanOrEqualTo(TOLERANCE);
                }
                checked.add(part.name() + " on " + data.name());
            }
        }
        assertThat(checked).as("the parts of %s checked on %s", family.id(), DATA).isNotEmpty();
    }

    /** A few steps of every phase on random data, so the buffers the export writes are not their initial values. */
    static void train(GanSystem system, DataSpec data) {
        Rng rng = new Rng(9);
        for (Phase phase : system.phases()) {
            Optimizer optimizer = Adam.builder().setParameters(SystemParameters.updatedBy(system, phase)).setLearningRate(1e-3).build();
            for (int step = 0; step < TRAINING_STEPS; step++) {
                optimizer.zeroGrad();
                phase.loss(batch(data, rng), rng).loss().backward();
                optimizer.step();
                phase.afterStep();
            }
        }
    }

    private static Batch batch(DataSpec data, Rng rng) {
        if (data.isUnpaired()) {
            Map<String, Batch> domains = new LinkedHashMap<>();
            data.domains().forEach((name, spec) -> domains.put(name, batch(spec, rng)));
            return Batch.unpaired(domains);
        }
        int[] sample = data.sampleShape();
        int[] dims = new int[sample.length + 1];
        dims[0] = BATCH;
        System.arraycopy(sample, 0, dims, 1, sample.length);
        int[] labels = null;
        if (data.classes() > 0) {
            labels = new int[BATCH];
            for (int i = 0; i < BATCH; i++) {
                labels[i] = rng.nextInt(data.classes());
            }
        }
        return new Batch(Tensor.uniform(rng, -1f, 1f, dims), labels);
    }

    private static List<ParityReport> parity(ExportablePart part, DataSpec data, String family) throws Exception {
        Path file = new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve(family + "-" + data.name().replace(' ', '-')
                + "-" + part.name() + ".onnx"));
        List<ParityReport> reports = new ArrayList<>();
        try (OnnxGenerator model = OnnxGenerator.open(file)) {
            Rng rng = new Rng(31);
            for (int batch : BATCHES) {
                reports.add(ExportParity.compare(part, model, inputs(part, data, batch, rng)));
            }
        }
        return reports;
    }

    /** Standard normal float inputs; int64 inputs as class labels of the data. */
    private static Map<String, Tensor> inputs(ExportablePart part, DataSpec data, int batch, Rng rng) {
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (ExportedTensor input : part.inputs()) {
            int[] dims = input.shape();
            dims[0] = batch;
            if (input.elementType() == ExportedTensor.ElementType.FLOAT32) {
                inputs.put(input.name(), Tensor.randn(rng, dims));
            } else {
                Tensor labels = Tensor.zeros(dims);
                float[] values = labels.data();
                for (int i = 0; i < values.length; i++) {
                    values[i] = rng.nextInt(Math.max(data.classes(), 1));
                }
                inputs.put(input.name(), labels);
            }
        }
        return inputs;
    }
}
