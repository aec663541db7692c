package dev.gan4j.runtime.onnx.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.runtime.onnx.inference.ExportParity;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import dev.gan4j.runtime.onnx.inference.ParityReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test support: exports a layer as a part of one float input, runs it in ONNX Runtime, and compares with the JVM. */
final class ExportRoundTrip {
    /** The parity the issue asks for. */
    static final double TOLERANCE = 1e-4;
    /** The batch sizes every parity check runs. */
    static final int[] BATCHES = {1, 3, 17};

    private ExportRoundTrip() {
    }

    /** A part named "layer" taking float input "x" of one sample's shape {@code sample}, giving "y" of {@code out}. */
    static ExportablePart part(Layer layer, int[] sample, int[] out) {
        return part("layer", layer, sample, out);
    }

    /** The same, with the part named {@code name}. */
    static ExportablePart part(String name, Layer layer, int[] sample, int[] out) {
        return new ExportablePart(name, layer, List.of(tensor("x", sample, ExportedTensor.ElementType.FLOAT32)),
                tensor("y", out, ExportedTensor.ElementType.FLOAT32));
    }

    static ExportedTensor tensor(String name, int[] sample, ExportedTensor.ElementType type) {
        int[] shape = new int[sample.length + 1];
        shape[0] = ExportedTensor.BATCH;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        return new ExportedTensor(name, type, shape, "test values");
    }

    /** Exports {@code part} into {@code dir}, then compares at every batch size of {@link #BATCHES}; asserts the tolerance. */
    static List<ParityReport> check(ExportablePart part, Path dir, long seed) throws IOException {
        Path file = new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve(part.name() + "-" + seed + "-" + System.nanoTime() + ".onnx"));
        List<ParityReport> reports = new ArrayList<>();
        try (OnnxGenerator model = OnnxGenerator.open(file)) {
            Rng rng = new Rng(seed);
            for (int batch : BATCHES) {
                ParityReport report = ExportParity.compare(part, model, batch, rng);
                assertThat(report.maxRelativeError()).as("%s of %s", report, part.network()).isLessThanOrEqualTo(TOLERANCE);
                reports.add(report);
                System.out.println("parity " + report);
            }
        }
        return reports;
    }
}
