package dev.gan4j.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.DcganNetworkType;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.network.MlpNetworkType;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.models.gan.EbmConfig;
import dev.gan4j.models.gan.EbmFamily;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import dev.gan4j.runtime.onnx.inference.ExportParity;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import dev.gan4j.runtime.onnx.inference.ParityReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ebm family's {@code score.onnx} beyond the default config that {@link FamilyExportParityTest}
 * checks: spectrally normalised mlp and dcgan score networks, trained a few steps so the
 * power-iteration vectors have moved, match the JVM within 1e-4 relative at batch 1, 3 and 17.
 */
class EbmExportParityTest {
    private static final double TOLERANCE = 1e-4;

    @TempDir
    Path dir;

    @Test
    void spectrallyNormalisedMlpScoreNetworkOnPointsMatchesTheJvm() throws Exception {
        check("{\"type\": \"ebm\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [32, 32]}, \"spectralNorm\": true,"
                + " \"langevinSteps\": 3, \"stepSize\": 0.01, \"dataRange\": [-3, 3]}", new DataSpec("points", new int[] {2}, 0));
    }

    @Test
    void spectrallyNormalisedDcganScoreNetworkOnImagesMatchesTheJvm() throws Exception {
        check("{\"type\": \"ebm\", \"network\": {\"type\": \"dcgan\", \"baseChannels\": 8, \"discriminatorBatchNorm\": false},"
                + " \"spectralNorm\": true, \"langevinSteps\": 2}", new DataSpec("grey images", new int[] {1, 28, 28}, 0));
    }

    private void check(String json, DataSpec data) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerSubtypes(new NamedType(EbmConfig.class, EbmFamily.ID),
                new NamedType(MlpNetworkConfig.class, MlpNetworkType.ID),
                new NamedType(DcganNetworkConfig.class, DcganNetworkType.ID));
        GanSystem system = new EbmFamily().build(mapper.readValue(json, FamilyConfig.class),
                FamilyDiscovery.scanClasspath().buildContext(data, new Rng(5)));
        FamilyExportParityTest.train(system, data);
        ExportablePart part = system.exportableParts().get(0);
        assertThat(part.name()).isEqualTo("score");
        Path file = new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve("score.onnx"));
        try (OnnxGenerator model = OnnxGenerator.open(file)) {
            assertThat(model.output().name()).isEqualTo("score");
            Rng rng = new Rng(6);
            for (int batch : new int[] {1, 3, 17}) {
                ParityReport report = ExportParity.compare(part, model, batch, rng);
                assertThat(report.maxRelativeError()).as(report.toString()).isLessThanOrEqualTo(TOLERANCE);
            }
        }
    }
}
