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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside check: Debian's python3-onnx (1.12) accepts the exported models with
 * {@code onnx.checker.check_model(model, full_check=True)}, which also runs ONNX's shape inference.
 * Skipped, visibly, where {@code /usr/bin/python3} cannot import onnx ({@code apt-get install python3-onnx}).
 */
class OnnxCheckerTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String CHECK = String.join("\n",
            "import sys, onnx",
            "for f in sys.argv[1:]:",
            "    m = onnx.load(f)",
            "    onnx.checker.check_model(m, full_check=True)",
            "    print('ok', f, m.ir_version, m.opset_import[0].version)");

    @TempDir
    Path dir;

    @Test
    void exportedModelsPassTheOnnxCheckerWithFullCheck() throws Exception {
        assumeTrue(onnxImports(), "python3-onnx is not installed (apt-get install python3-onnx); the checker cannot run");
        Rng rng = new Rng(5);
        DataSpec fashion = new DataSpec("fashion", new int[] {1, 28, 28}, 10);
        DataSpec colour = new DataSpec("colour", new int[] {3, 32, 32}, 0);
        DataSpec points = new DataSpec("points", new int[] {2}, 0);
        DcganNetworkConfig dcgan = new DcganNetworkConfig(null, null, null, null);
        MlpNetworkConfig mlp = new MlpNetworkConfig(null, null, true, null);
        List<ExportablePart> parts = List.of(
                ExportablePart.generator("dcgan-fashion", new DcganNetworkType().generator(dcgan, fashion, 100, rng)
                        .network(), 100, fashion),
                ExportablePart.generator("dcgan-colour", new DcganNetworkType().generator(dcgan, colour, 64, rng)
                        .network(), 64, colour),
                ExportablePart.generator("mlp-points", new MlpNetworkType().generator(mlp, points, 2, rng).network(), 2,
                        points),
                ExportablePart.generator("mlp-fashion", new MlpNetworkType().generator(mlp, fashion, 16, rng).network(),
                        16, fashion),
                LayerZoo.everyFloatLayer(rng),
                LayerZoo.embedding(rng));
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", CHECK));
        for (ExportablePart part : parts) {
            part.network().train(false);
            command.add(new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve(part.name() + ".onnx")).toString());
        }
        Result result = run(command);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines().filter(l -> l.startsWith("ok ") && l.endsWith(" 8 17"))).hasSize(parts.size());
    }

    private record Result(int exitCode, String output) {
    }

    private static boolean onnxImports() throws IOException, InterruptedException {
        return Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import onnx")).exitCode() == 0;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
