package dev.gan4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.examples.bench.BenchmarkModel;
import dev.gan4j.examples.bench.InferenceBenchmark;
import dev.gan4j.examples.bench.IterationTimings;
import dev.gan4j.examples.bench.WarmUp;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code gan4j bench --inference}: one JSON line per (model, threads, engine, batch) with the
 * generator's throughput in samples per second; the engines are the JVM forward pass on each
 * kernel backend and ONNX Runtime on the CPU.
 */
final class InferenceBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final WarmUp warmup;
    private final int iterations;

    InferenceBench(PrintWriter out, WarmUp warmup, int iterations) {
        this.out = out;
        this.warmup = warmup;
        this.iterations = iterations;
    }

    void run(List<BenchmarkModel> models, List<Integer> threads, List<String> kernels, List<Integer> batches)
            throws Exception {
        for (int batch : batches) {
            if (batch < 1) {
                throw new IllegalArgumentException("--batches must list whole numbers of 1 or more, but has " + batch + ".");
            }
        }
        for (BenchmarkModel model : models) {
            if (!model.samplesFromNoise()) {
                throw new IllegalArgumentException("--inference times generators that sample from noise, but '" + model.id()
                        + "' translates images; choose --models mlp or dcgan.");
            }
        }
        for (BenchmarkModel model : models) {
            try (InferenceBenchmark bench = new InferenceBenchmark(model)) {
                for (int t : threads) {
                    for (String kernel : kernels) {
                        KernelBackend backend = Kernels.create(kernel.trim(), t);
                        for (int batch : batches) {
                            print(model, t, "jvm-" + backend.name(), batch, bench.jvm(backend, batch, warmup, iterations));
                        }
                    }
                    for (int batch : batches) {
                        print(model, t, "onnxruntime-cpu", batch, bench.onnxRuntime(t, batch, warmup, iterations));
                    }
                }
            }
        }
    }

    private void print(BenchmarkModel model, int threads, String engine, int batch, IterationTimings timings)
            throws Exception {
        ObjectNode line = JSON.createObjectNode();
        line.put("bench", "inference");
        line.put("engine", engine);
        line.put("model", model.id());
        line.put("threads", threads);
        line.put("batch", batch);
        line.put("samples_per_s", round(batch * 1000.0 / timings.median()));
        line.put("ms_per_batch_median", round(timings.median()));
        line.put("min", round(timings.min()));
        line.put("max", round(timings.max()));
        line.put("iters", timings.count());
        line.put("warmup_iters", timings.warmupIterations());
        out.println(JSON.writeValueAsString(line));
        out.flush();
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
