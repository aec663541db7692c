package dev.gan4j.core.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.io.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends one JSON object per logged step ({@code training.logEvery}, and the last step of a
 * session) to the run's {@code metrics.jsonl}:
 * <pre>{@code
 * {"step":500,"time":"2025-01-01T12:00:00Z","elapsed":61.2,
 *  "losses":{"discriminator":1.21,"generator":0.93},
 *  "metrics":{"discriminator":{"d_real":0.61}},
 *  "lr":{"discriminator":2.0E-4,"generator":2.0E-4}}
 * }</pre>
 * A step report's labels (a Spark round's {@code "round":3,"workers":2}) follow {@code step}.
 * A NaN or infinite value is written as {@code null}, which JSON can hold. On resume, lines of
 * steps after the checkpoint (written before the run stopped) are dropped, so each step appears
 * once. Without a run directory it writes nothing.
 */
public final class MetricsLog implements TrainingListener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private BufferedWriter writer;
    private Path file;
    private int logEvery;

    /** A log that opens the run's metrics file when training starts. */
    public MetricsLog() {
        // per-run state is set in onStart
    }

    @Override
    public void onStart(TrainingStart start) {
        if (start.runDirectory().isEmpty()) {
            return;
        }
        file = start.runDirectory().get().metricsFile();
        logEvery = start.training().logEvery();
        try {
            dropLinesAfter(file, start.startStep());
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Opening the metrics file " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void onStepEnd(StepReport report) {
        if (writer == null || (report.step() % logEvery != 0 && report.step() != report.targetStep())) {
            return;
        }
        try {
            writer.write(line(report));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to the metrics file " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void onEnd(long step) {
        close();
    }

    @Override
    public void onFailure(long step, Throwable error) {
        close();
    }

    /** The JSON line for a report. */
    static String line(StepReport report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("step", report.step());
            for (Map.Entry<String, Long> label : report.labels().entrySet()) {
                g.writeNumberField(label.getKey(), label.getValue());
            }
            g.writeStringField("time", report.time().toString());
            number(g, "elapsed", report.elapsedSeconds());
            g.writeObjectFieldStart("losses");
            for (Map.Entry<String, PhaseReport> e : report.phases().entrySet()) {
                number(g, e.getKey(), e.getValue().loss());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("metrics");
            for (Map.Entry<String, PhaseReport> e : report.phases().entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                for (Map.Entry<String, Double> m : e.getValue().metrics().entrySet()) {
                    number(g, m.getKey(), m.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("lr");
            for (Map.Entry<String, PhaseReport> e : report.phases().entrySet()) {
                number(g, e.getKey(), e.getValue().learningRate());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON to a string failed.", e);
        }
        return text.toString();
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }

    /** Keeps the lines of steps up to {@code step}; a line that does not parse (cut by a kill) is dropped too. */
    private static void dropLinesAfter(Path file, long step) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> kept = new ArrayList<>();
        boolean changed = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            long lineStep = stepOf(line);
            if (lineStep >= 0 && lineStep <= step) {
                kept.add(line);
            } else {
                changed = true;
            }
        }
        if (changed) {
            String content = kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
            AtomicFile.write(file, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long stepOf(String line) {
        try {
            return JSON.readTree(line).path("step").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Closing the metrics file " + file + " failed: " + e.getMessage(), e);
            } finally {
                writer = null;
            }
        }
    }
}
