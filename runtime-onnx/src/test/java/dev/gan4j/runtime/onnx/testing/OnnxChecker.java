package dev.gan4j.runtime.onnx.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside check of exported models, shared by the modules' tests: Debian's python3-onnx runs
 * {@code onnx.checker.check_model(model, full_check=True)} (which also runs ONNX's shape
 * inference) on each file and prints {@code ok FILE IR OPSET}. Tests call {@link #available()}
 * under {@code assumeTrue}, so a machine without python3-onnx shows a skip.
 */
public final class OnnxChecker {
    /** The Python that must import onnx ({@code apt-get install python3-onnx}). */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String CHECK = String.join("\n",
            "import sys, onnx",
            "for f in sys.argv[1:]:",
            "    m = onnx.load(f)",
            "    onnx.checker.check_model(m, full_check=True)",
            "    print('ok', f, m.ir_version, m.opset_import[0].version)");

    private OnnxChecker() {
    }

    /**
     * What the checker said.
     *
     * @param exitCode the process's exit code (0 when every model passed; -1 on a timeout)
     * @param output   its standard output and error
     */
    public record Result(int exitCode, String output) {
        /** The number of files reported {@code ok} with IR version {@code ir} and opset {@code opset}. */
        public long passed(int ir, int opset) {
            return output.lines().filter(l -> l.startsWith("ok ") && l.endsWith(" " + ir + " " + opset)).count();
        }
    }

    /** Whether {@link #PYTHON} exists and imports onnx. */
    public static boolean available() throws IOException, InterruptedException {
        return Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import onnx")).exitCode() == 0;
    }

    /** Checks {@code files} with full_check. */
    public static Result check(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", CHECK));
        files.forEach(f -> command.add(f.toString()));
        return run(command);
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
