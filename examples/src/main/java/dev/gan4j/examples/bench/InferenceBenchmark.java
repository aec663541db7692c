package dev.gan4j.examples.bench;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import dev.gan4j.runtime.onnx.inference.Device;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Generator throughput of a reference model: the JVM forward pass (evaluation mode, no graph) on a
 * kernel backend against the same generator exported to ONNX and run by ONNX Runtime, timed per
 * batch on the same noise.
 */
public final class InferenceBenchmark implements AutoCloseable {
    private static final int LATENT = 100;

    private final Layer generator;
    private final Path directory;
    private final Path file;

    /** Builds {@code model}'s generator from seed 0 and exports it to a temporary file. */
    public InferenceBenchmark(BenchmarkModel model) throws IOException {
        this.generator = model.generator(new Rng(0));
        generator.train(false);
        int[] real = model.realShape();
        int[] sample = new int[real.length - 1];
        System.arraycopy(real, 1, sample, 0, sample.length);
        ExportablePart part = ExportablePart.generator("generator", generator, LATENT, sample);
        this.directory = Files.createTempDirectory("gan4j-bench");
        this.file = new OnnxExporter().write(part, ExportMetadata.none(), directory.resolve("generator.onnx"));
    }

    /**
     * Timings of the JVM forward pass of {@code batch} samples on {@code backend}, after {@code warmup}
     * (by time as well as count: at batch 1, 50 untimed passes took 25 ms and left the JIT compiler
     * unfinished, 0.64 ms a pass at one thread against 0.41 after 20,000).
     */
    public IterationTimings jvm(KernelBackend backend, int batch, WarmUp warmup, int iterations) {
        try (Kernels.Scope ignored = Kernels.use(backend); GradMode.Scope noGrad = GradMode.noGrad()) {
            return time(generator::forward, batch, warmup, iterations);
        }
    }

    /** Timings of ONNX Runtime on the CPU with {@code threads} intra-op threads, for {@code batch} samples, after {@code warmup}. */
    public IterationTimings onnxRuntime(int threads, int batch, WarmUp warmup, int iterations) throws IOException {
        try (OnnxGenerator model = OnnxGenerator.open(file, Device.CPU, threads)) {
            return time(model::generate, batch, warmup, iterations);
        }
    }

    private static IterationTimings time(UnaryOperator<Tensor> forward, int batch, WarmUp warmup, int iterations) {
        Tensor z = Tensor.randn(new Rng(1), batch, LATENT);
        return IterationTimings.measure(() -> forward.apply(z), warmup, iterations);
    }

    /** Deletes the exported model. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }
}
