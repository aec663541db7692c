package dev.gan4j.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.examples.bench.BenchmarkModel;
import dev.gan4j.examples.bench.IterationProfiler;
import dev.gan4j.examples.bench.IterationTimings;
import dev.gan4j.examples.bench.TorchReference;
import dev.gan4j.examples.bench.TrainingIterationBenchmark;
import dev.gan4j.examples.bench.WarmUp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gan4j bench}: milliseconds per training iteration of the reference models, one JSON
 * line per (kernel backend, thread count, model), with the same keys as torch_gan_bench.py.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the training iteration of the reference models (shared/bench/torch_gan_bench.py).",
            "Prints one JSON line per kernel backend, thread count and model; with --torch, runs the PyTorch "
                + "script in the same run and prints the ratios."})
public final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--models", split = ",", defaultValue = "mlp,dcgan", description = "Models to time: mlp, dcgan, cyclegan (default: ${DEFAULT-VALUE}).")
    private List<String> models;

    @Option(names = "--threads", split = ",", description = "Thread counts (default: GAN4J_THREADS or all cores).")
    private List<Integer> threads;

    @Option(names = "--kernels", split = ",", description = "Kernel backends to time (default: the preferred one). Known: reference, java, openblas, ...")
    private List<String> kernels;

    @Option(names = "--iters", defaultValue = "20", description = "Timed iterations (default: ${DEFAULT-VALUE}).")
    private int iterations;

    // a training run spends its time in JIT-compiled code: after 5 iterations the compiler had not finished (mlp, one
    // thread: a 22.6 ms median after 5 untimed iterations, 11.5 ms after 100), nor after 50 (see WarmUp)
    @Option(names = "--warmup", defaultValue = "50", description = "Untimed iterations first, at least (default:"
            + " ${DEFAULT-VALUE}); the PyTorch script gets as many as gan4j ran for that model.")
    private int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "5", description = "Untimed seconds first, at least, so the"
            + " JVM's JIT compiler has finished (default: ${DEFAULT-VALUE}).")
    private double warmupSeconds;

    @Option(names = "--torch", description = "Also run the PyTorch script in this run and print ratios.")
    private boolean torch;

    @Option(names = "--torch-script", defaultValue = "../shared/bench/torch_gan_bench.py",
            description = "Path of torch_gan_bench.py; torch_cyclegan_bench.py is looked for beside it (default: ${DEFAULT-VALUE}).")
    private Path torchScript;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with PyTorch (default: ${DEFAULT-VALUE}).")
    private Path python;

    @Option(names = "--inference", description = "Time generator throughput instead (samples/s): the JVM forward pass"
            + " against ONNX Runtime on the CPU; --models defaults to dcgan.")
    private boolean inference;

    @Option(names = "--profile", description = "Print where the time of each model's iteration goes instead: time per"
            + " op (forward and backward), kernel calls, bytes allocated and garbage collection, like torch.profiler's table.")
    private boolean profile;

    @Option(names = "--batches", split = ",", defaultValue = "1,256",
            description = "Batch sizes for --inference (default: ${DEFAULT-VALUE}).")
    private List<Integer> batches;

    private WarmUp warmUp() {
        return new WarmUp(warmup, warmupSeconds);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchmarkModel> modelList = (inference && !modelsGiven() ? List.of("dcgan") : models).stream()
                .map(BenchmarkModel::byId).toList();
        List<Integer> threadList = threads != null ? threads : List.of(Kernels.defaultThreads());
        for (int t : threadList) {
            if (t < 1) {
                throw new IllegalArgumentException("--threads must list whole numbers of 1 or more, but has " + t + ".");
            }
        }
        // without --kernels, each thread count is timed on the backend a run with that GAN4J_THREADS gets by default
        List<String> kernelList = kernels;
        if (profile) {
            for (int t : threadList) {
                for (KernelBackend backend : backends(kernelList, t)) {
                    for (BenchmarkModel model : modelList) {
                        out.println(new IterationProfiler(model, backend).run(warmUp(), iterations).table());
                        out.flush();
                    }
                }
            }
            return 0;
        }
        if (inference) {
            new InferenceBench(out, warmUp(), iterations).run(modelList, threadList,
                    kernelList != null ? kernelList : List.of(backends(null, threadList.get(0)).get(0).name()), batches);
            return 0;
        }
        List<ObjectNode> ours = new ArrayList<>();
        Map<BenchmarkModel, Integer> warmedUp = new LinkedHashMap<>();
        for (int t : threadList) {
            for (KernelBackend backend : backends(kernelList, t)) {
                for (BenchmarkModel model : modelList) {
                    IterationTimings timings = new TrainingIterationBenchmark(model, backend).run(warmUp(), iterations);
                    warmedUp.merge(model, timings.warmupIterations(), Math::max);
                    ObjectNode line = JSON.createObjectNode();
                    line.put("impl", "gan4j-" + version() + "-" + backend.name());
                    line.put("kernels", backend.name());
                    line.put("model", model.id());
                    line.put("threads", t);
                    line.put("ms_per_iter_median", round(timings.median()));
                    line.put("min", round(timings.min()));
                    line.put("max", round(timings.max()));
                    line.put("iters", timings.count());
                    line.put("warmup_iters", timings.warmupIterations());
                    ours.add(line);
                    out.println(JSON.writeValueAsString(line));
                    out.flush();
                }
            }
        }
        // after gan4j's runs, so that PyTorch warms up for as many iterations of each model as gan4j needed
        List<JsonNode> torchLines = new ArrayList<>();
        if (torch) {
            TorchReference reference = new TorchReference(python, torchScript);
            String threadsArgument = String.join(",", threadList.stream().map(String::valueOf).toList());
            for (Map.Entry<BenchmarkModel, Integer> e : warmedUp.entrySet()) {
                torchLines.addAll(reference.run(List.of(e.getKey()), threadsArgument, e.getValue(), iterations,
                        line -> {
                            out.println(line);
                            out.flush();
                        }));
            }
        }
        for (ObjectNode line : ours) {
            printRatio(out, line, torchLines);
        }
        return 0;
    }

    private static void printRatio(PrintWriter out, ObjectNode ours, List<JsonNode> torchLines) throws Exception {
        String model = ours.get("model").asText();
        double sameThreads = Double.NaN;
        double best = Double.POSITIVE_INFINITY;
        for (JsonNode t : torchLines) {
            if (t.get("model").asText().equals(model)) {
                double ms = t.get("ms_per_iter_median").asDouble();
                best = Math.min(best, ms);
                if (t.get("threads").asInt() == ours.get("threads").asInt()) {
                    sameThreads = ms;
                }
            }
        }
        if (Double.isInfinite(best)) {
            return;
        }
        ObjectNode ratio = JSON.createObjectNode();
        ratio.put("ratio", model);
        ratio.put("kernels", ours.get("kernels").asText());
        ratio.put("threads", ours.get("threads").asInt());
        double mine = ours.get("ms_per_iter_median").asDouble();
        ratio.put("gan4j_ms", mine);
        ratio.put("torch_ms_same_threads", sameThreads);
        ratio.put("torch_ms_best", best);
        ratio.put("ratio_to_torch_same_threads", round(mine / sameThreads));
        ratio.put("ratio_to_torch_best", round(mine / best));
        out.println(JSON.writeValueAsString(ratio));
    }

    /** The named backends with {@code threads} threads, or the default one for that thread count when none are named. */
    private static List<KernelBackend> backends(List<String> names, int threads) {
        if (names == null) {
            String forced = System.getenv(Kernels.KERNELS_ENV);
            return List.of(forced != null && !forced.isBlank() ? Kernels.create(forced.trim(), threads)
                    : Kernels.preferred(threads));
        }
        return names.stream().map(name -> Kernels.create(name.trim(), threads)).toList();
    }

    private boolean modelsGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--models");
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static String version() {
        String v = BenchCommand.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
