package dev.gan4j.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the PyTorch benchmark scripts of {@code shared/bench} in a child process (torch_gan_bench.py
 * for mlp and dcgan, torch_cyclegan_bench.py beside it for cyclegan), so PyTorch and gan4j are
 * timed in the same run on the same machine, and parses their JSON lines.
 */
public final class TorchReference {
    private final Path python;
    private final Path script;

    /**
     * @param python the interpreter with PyTorch ({@code /usr/bin/python3} with Debian's python3-torch)
     * @param script the path of torch_gan_bench.py; the other scripts are looked for in its folder
     */
    public TorchReference(Path python, Path script) {
        this.python = python;
        this.script = script;
    }

    /**
     * Runs the scripts of {@code models} and returns one JSON object per (model, threads); each line
     * is also passed to {@code echo} as it arrives.
     */
    public List<JsonNode> run(List<BenchmarkModel> models, String threads, int warmup, int iterations,
                              Consumer<String> echo) throws IOException, InterruptedException {
        List<JsonNode> lines = new ArrayList<>();
        Map<String, List<String>> byScript = new LinkedHashMap<>();
        for (BenchmarkModel m : models) {
            byScript.computeIfAbsent(m.torchScript(), k -> new ArrayList<>()).add(m.id());
        }
        for (Map.Entry<String, List<String>> e : byScript.entrySet()) {
            Path file = script.getFileName().toString().equals(e.getKey()) ? script : script.resolveSibling(e.getKey());
            List<String> arguments = new ArrayList<>(List.of("--threads", threads, "--warmup", Integer.toString(warmup),
                    "--iters", Integer.toString(iterations)));
            if (e.getKey().equals(BenchmarkModel.MLP.torchScript())) {
                arguments.addAll(List.of("--models", String.join(",", e.getValue())));
            }
            lines.addAll(runScript(file, arguments, echo));
        }
        return lines;
    }

    private List<JsonNode> runScript(Path file, List<String> arguments, Consumer<String> echo)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The PyTorch benchmark script " + file + " does not exist; pass the "
                    + "path of torch_gan_bench.py with --torch-script (it lives in shared/bench/, with "
                    + "torch_cyclegan_bench.py beside it).");
        }
        if (!Files.isExecutable(python)) {
            throw new IllegalArgumentException("The Python interpreter " + python + " is not there; install PyTorch "
                    + "with 'apt-get install -y python3-torch' or pass another interpreter with --python.");
        }
        List<String> command = new ArrayList<>(List.of(python.toString(), file.toString()));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = pb.start();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("{")) {
                    lines.add(json.readTree(line));
                    echo.accept(line);
                }
            }
        }
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("The PyTorch benchmark " + file + " exited with status " + status
                    + "; its error output is above. Is python3-torch installed?");
        }
        return lines;
    }
}
