package dev.gan4j.runtime.onnx.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.DcganNetworkType;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.network.MlpNetworkType;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.testing.IntegrationTest;
import dev.gan4j.runtime.onnx.testing.OnnxChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside check: Debian's python3-onnx (1.12) accepts the exported models with
 * {@code onnx.checker.check_model(model, full_check=True)}, which also runs ONNX's shape inference.
 * Skipped, visibly, where {@code /usr/bin/python3} cannot import onnx ({@code apt-get install python3-onnx}).
 * The check itself is {@link OnnxChecker}, which other modules' tests use too.
 */
class OnnxCheckerTest {
    @TempDir
    Path dir;

    @Test
    @IntegrationTest
    void exportedModelsPassTheOnnxCheckerWithFullCheck() throws Exception {
        assumeTrue(OnnxChecker.available(), "python3-onnx is not installed (apt-get install python3-onnx); the checker cannot run");
        Rng rng = new Rng(5);
        DataSpec fashion = new DataSpec("fashion", new int[] {1, 28, 28}, 10);
        DataSpec colour = new DataSpec("colour", new int[] {3, 32, 32}, 0);
        DataSpec points = new DataSpec("points", new int[] {2}, 0);
        DcganNetworkConfig dcgan = new DcganNetworkConfig(null, null, null, null);
        MlpNetworkConfig mlp = new MlpNetworkConfig(null, null, true, null);
        List<ExportablePart> parts = List.of(
                ExportablePart.generator("dcgan-fashion", new DcganNetworkType().generator(dcgan, fashion, 100, rng)
                        .network(), 100, fashion.sampleShape()),
                ExportablePart.generator("dcgan-colour", new DcganNetworkType().generator(dcgan, colour, 64, rng)
                        .network(), 64, colour.sampleShape()),
                ExportablePart.generator("mlp-points", new MlpNetworkType().generator(mlp, points, 2, rng).network(), 2,
                        points.sampleShape()),
                ExportablePart.generator("mlp-fashion", new MlpNetworkType().generator(mlp, fashion, 16, rng).network(),
                        16, fashion.sampleShape()),
                LayerZoo.everyFloatLayer(rng),
                LayerZoo.embedding(rng));
        List<Path> files = new ArrayList<>();
        for (ExportablePart part : parts) {
            part.network().train(false);
            files.add(new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve(part.name() + ".onnx")));
        }
        OnnxChecker.Result result = OnnxChecker.check(files);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.passed(OnnxExporter.IR_VERSION, ProtoOnnxGraph.OPSET)).isEqualTo(parts.size());
    }
}
