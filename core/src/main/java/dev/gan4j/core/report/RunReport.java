package dev.gan4j.core.report;

import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.train.RunDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's {@code report.html}: one self-contained page (every image inline as base64 PNG, no
 * scripts, no links out) that any browser opens offline. It shows the loss curves, one chart per
 * evaluation metric, the sample grids over time, the config and the provenance. The charts are
 * drawn by XChart from {@code metrics.jsonl}; the grids are the PNGs under {@code samples/}.
 */
public final class RunReport {
    /** The most sample grids shown; a longer run shows an evenly spaced selection and the last. */
    static final int MAX_GRIDS = 16;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Pattern GRID = Pattern.compile("step-(\\d+)\\.png");

    private RunReport() {
    }

    /**
     * Writes {@code report.html} into the run directory, atomically.
     *
     * @param provenance the run's provenance JSON, or null when unknown
     */
    public static void write(RunDirectory run, String provenance) throws IOException {
        AtomicFile.write(run.reportFile(), html(run, provenance).getBytes(StandardCharsets.UTF_8));
    }

    /** The report's HTML. */
    static String html(RunDirectory run, String provenance) throws IOException {
        RunHistory history = RunHistory.read(run.metricsFile());
        StringBuilder page = new StringBuilder(1 << 16);
        String title = "gan4j run " + run.path().toAbsolutePath().normalize().getFileName();
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1000px}"
                        + "img{display:block;margin:0.5em 0}figure{display:inline-block;margin:0.5em}"
                        + "pre{background:#f4f4f4;padding:1em;overflow:auto;font-size:12px}</style></head><body>\n");
        page.append("<h1>").append(escape(title)).append("</h1>\n<p>Written ").append(Instant.now())
                .append(" from ").append(escape(run.path().toAbsolutePath().toString())).append(".</p>\n");
        page.append("<h2>Losses</h2>\n");
        if (history.losses().isEmpty()) {
            page.append("<p>No losses logged yet.</p>\n");
        } else {
            Map<String, double[][]> series = new LinkedHashMap<>();
            history.losses().forEach((name, xy) -> series.put(name, ReportCharts.points(xy)));
            image(page, "chart-losses", "loss curves", ReportCharts.lineChart("Losses", "loss", series, false));
        }
        page.append("<h2>Metrics</h2>\n");
        if (history.evaluations().isEmpty()) {
            page.append("<p>No evaluations yet (add an \"evaluation\" object to the run config to measure FID and "
                    + "more while training, or run <code>gan4j eval</code>).</p>\n");
        } else {
            page.append("<p>");
            history.evaluationContext().forEach((k, v) -> page.append(escape(k)).append(": ").append(escape(v))
                    .append(". "));
            page.append("</p>\n");
            for (Map.Entry<String, List<double[]>> e : history.evaluations().entrySet()) {
                image(page, "chart-" + e.getKey(), e.getKey() + " over training", ReportCharts.lineChart(e.getKey(),
                        e.getKey(), Map.of(e.getKey(), ReportCharts.points(e.getValue())), true));
            }
        }
        page.append("<h2>Samples over time</h2>\n");
        List<Path> grids = grids(run.samplesDirectory());
        if (grids.isEmpty()) {
            page.append("<p>No sample pictures yet.</p>\n");
        }
        for (Path grid : grids) {
            Matcher m = GRID.matcher(grid.getFileName().toString());
            long step = m.matches() ? Long.parseLong(m.group(1)) : -1;
            page.append("<figure>");
            image(page, "grid-" + step, "samples at step " + step, Files.readAllBytes(grid));
            page.append("<figcaption>step ").append(step).append("</figcaption></figure>\n");
        }
        page.append("<h2>Config</h2>\n<pre id=\"config\">")
                .append(escape(Files.isRegularFile(run.configFile()) ? Files.readString(run.configFile(),
                        StandardCharsets.UTF_8) : run.config())).append("</pre>\n");
        page.append("<h2>Provenance</h2>\n<pre id=\"provenance\">")
                .append(escape(provenance == null ? "unknown" : indented(provenance))).append("</pre>\n");
        page.append("</body></html>\n");
        return page.toString();
    }

    private static void image(StringBuilder page, String id, String alt, byte[] png) {
        page.append("<img id=\"").append(escape(id)).append("\" alt=\"").append(escape(alt))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\">\n");
    }

    /** The step grids, oldest first; at most {@link #MAX_GRIDS}, evenly spaced, always with the newest. */
    static List<Path> grids(Path samples) throws IOException {
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            files.filter(p -> GRID.matcher(p.getFileName().toString()).matches()).sorted().forEach(all::add);
        }
        if (all.size() <= MAX_GRIDS) {
            return all;
        }
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < MAX_GRIDS; i++) {
            chosen.add(all.get((int) Math.round(i * (all.size() - 1) / (double) (MAX_GRIDS - 1))));
        }
        return chosen;
    }

    /** JSON indented for reading; text that is not JSON as it is. */
    static String indented(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
