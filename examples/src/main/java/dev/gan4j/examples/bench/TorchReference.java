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
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs {@code shared/bench/torch_gan_bench.py} in a child process, so PyTorch and gan4j are timed
 * in the same run on the same machine, and parses its JSON lines.
 */
public final class TorchReference {
    private final Path python;
    private final Path script;

    /**
     * @param python the interpreter with PyTorch ({@code /usr/bin/python3} with Debian's python3-torch)
     * @param script the path of torch_gan_bench.py
     */
    public TorchReference(Path python, Path script) {
        this.python = python;
        this.script = script;
    }

    /**
     * Runs the script and returns one JSON object per (model, threads); each line is also passed
     * to {@code echo} as it arrives.
     */
    public List<JsonNode> run(String models, String threads, int warmup, int iterations, Consumer<String> echo)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("The PyTorch benchmark script " + script + " does not exist; pass its "
                    + "path with --torch-script (it lives in shared/bench/torch_gan_bench.py).");
        }
        if (!Files.isExecutable(python)) {
            throw new IllegalArgumentException("The Python interpreter " + python + " is not there; install PyTorch "
                    + "with 'apt-get install -y python3-torch' or pass another interpreter with --python.");
        }
        ProcessBuilder pb = new ProcessBuilder(python.toString(), script.toString(), "--models", models,
                "--threads", threads, "--warmup", Integer.toString(warmup), "--iters", Integer.toString(iterations));
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
            throw new IllegalStateException("The PyTorch benchmark " + script + " exited with status " + status
                    + "; its error output is above. Is python3-torch installed?");
        }
        return lines;
    }
}
