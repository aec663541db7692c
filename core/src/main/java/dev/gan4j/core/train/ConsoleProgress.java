package dev.gan4j.core.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * Shows training progress on the console: step, percentage, iterations per second, time left and
 * the latest loss of each phase. On a terminal it redraws one line in place ({@code \r}), at most
 * ten times a second; otherwise (output to a file or a pipe) it prints one line every
 * {@code training.logEvery} steps, so logs stay readable. On sample steps it also prints each new
 * evaluation of the run's {@code metrics.jsonl} as one line, so it belongs after the evaluation
 * in the listener order.
 *
 * <p>It is not one of core's standard listeners (a library prints nothing unless asked): the
 * {@code gan4j} command line adds it, and an application may add it to a trainer's listeners.
 *
 * <p>Hand-written rather than {@code me.tongfei:progressbar}: that library redraws on its own
 * thread on a timer, and off a terminal it keeps writing carriage-return redraws on every tick
 * (one endless line in a log file), where this one prints one line per {@code training.logEvery}
 * steps so that logs line up with {@code metrics.jsonl}; it would also bring JLine into the jar
 * to gain only terminal-width fitting.
 */
public final class ConsoleProgress implements TrainingListener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private TrainingStart start;
    private long lastDraw;
    private int lastWidth;
    private Path metricsFile;
    private long metricsRead;

    /** Progress on standard output, redrawn in place when it is a terminal. */
    public ConsoleProgress() {
        this(System.out, System.console() != null);
    }

    /**
     * Progress on {@code out}.
     *
     * @param terminal whether {@code out} is a terminal (one line redrawn in place) or not (a line per log step)
     */
    public ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void onStart(TrainingStart start) {
        this.start = start;
        this.lastDraw = 0;
        this.metricsFile = start.runDirectory().map(RunDirectory::metricsFile).orElse(null);
        try {
            // A resumed run's earlier evaluations were shown by the earlier run.
            this.metricsRead = metricsFile != null && Files.isRegularFile(metricsFile) ? Files.size(metricsFile) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the size of " + metricsFile + " failed: " + e.getMessage(), e);
        }
        if (start.startStep() > 0) {
            out.println("Resuming at step " + start.startStep() + " of " + start.targetStep()
                    + start.resumedFrom().map(p -> " from " + p).orElse("") + ".");
        }
    }

    @Override
    public void onStepEnd(StepReport report) {
        String line = describe(report);
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw >= REDRAW_NANOS || report.step() == report.targetStep()) {
                lastDraw = now;
                out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
                out.flush();
                lastWidth = line.length();
            }
        } else if (report.step() % start.training().logEvery() == 0 || report.step() == report.targetStep()) {
            out.println(line);
        }
    }

    @Override
    public void onSampleTime(SampleRequest request) {
        if (metricsFile == null || !Files.isRegularFile(metricsFile)) {
            return;
        }
        for (String line : newCompleteLines()) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node != null && node.path("evaluation").isObject()) {
                    endLine();
                    out.println(evaluationLine(node.path("step").asLong(), node.path("evaluation")));
                }
            } catch (JsonProcessingException e) {
                // not a record this listener shows
            }
        }
    }

    /** The lines appended to the metrics file since the last look, up to its last newline. */
    private java.util.List<String> newCompleteLines() {
        try (FileChannel channel = FileChannel.open(metricsFile, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= metricsRead) {
                return java.util.List.of();
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size - metricsRead));
            channel.read(buffer, metricsRead);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            if (end < 0) {
                return java.util.List.of();
            }
            metricsRead += text.substring(0, end + 1).getBytes(StandardCharsets.UTF_8).length;
            return text.substring(0, end).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + metricsFile + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code Evaluation at step 500: fid 41.30 kid 0.03100 precision 0.6200 ... (9.1 s)}. */
    static String evaluationLine(long step, JsonNode evaluation) {
        StringBuilder text = new StringBuilder("Evaluation at step ").append(step).append(':');
        evaluation.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (e.getKey().equals("seconds") || !value.isNumber()) {
                return;
            }
            text.append(' ').append(e.getKey()).append(' ').append(value.isIntegralNumber() ? value.asText()
                    : String.format(Locale.ROOT, "%.4g", value.asDouble()));
        });
        if (evaluation.path("seconds").isNumber()) {
            text.append(String.format(Locale.ROOT, " (%.1f s)", evaluation.path("seconds").asDouble()));
        }
        return text.toString();
    }

    @Override
    public void onCheckpointWritten(long step, Path file) {
        if (!terminal) {
            out.println("Checkpoint of step " + step + " written to " + file + ".");
        }
    }

    @Override
    public void onEnd(long step) {
        endLine();
        out.println("Finished at step " + step + ".");
    }

    @Override
    public void onFailure(long step, Throwable error) {
        endLine();
    }

    private void endLine() {
        if (terminal && lastWidth > 0) {
            out.println();
            lastWidth = 0;
        }
    }

    /** One line: {@code step 1200/3000 [=========>      ] 40% 12.3 it/s ETA 2:26 | discriminator 0.693 generator 0.712}. */
    String describe(StepReport report) {
        long done = report.step() - start.startStep();
        long total = report.targetStep() - start.startStep();
        double rate = report.elapsedSeconds() > 0 ? done / report.elapsedSeconds() : 0;
        long left = report.targetStep() - report.step();
        double fraction = report.targetStep() == 0 ? 1 : (double) report.step() / report.targetStep();
        StringBuilder line = new StringBuilder();
        line.append("step ").append(report.step()).append('/').append(report.targetStep()).append(' ');
        int filled = (int) Math.round(fraction * BAR);
        line.append('[').append("=".repeat(filled)).append(filled < BAR ? ">" : "")
                .append(" ".repeat(Math.max(0, BAR - filled - 1))).append("] ");
        line.append(String.format(Locale.ROOT, "%3.0f%% %.1f it/s", fraction * 100, rate));
        if (rate > 0 && total > 0) {
            line.append(" ETA ").append(duration(left / rate));
        }
        line.append(" |");
        for (Map.Entry<String, PhaseReport> e : report.phases().entrySet()) {
            line.append(' ').append(e.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%.4g", e.getValue().loss()));
        }
        return line.toString();
    }

    /** Seconds as {@code m:ss} or {@code h:mm:ss}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
