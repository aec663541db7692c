package dev.gan4j.core.report;

import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.train.RunDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's {@code report.html}, a dashboard in one self-contained file (every image inline as
 * base64 PNG, style and a few lines of script inline, no links out) that any browser opens
 * offline. Cards in a grid that uses the page's width: the latest and best value of each metric,
 * the loss curves, one chart per evaluation metric with its best value marked, the sample grids
 * over time behind a slider, the evaluation's settings, the config and the provenance. While the
 * run trains the page reloads itself; once it has finished (or failed) it no longer does.
 */
public final class RunReport {
    /** How often a page of a training run reloads itself. */
    public static final int REFRESH_SECONDS = 30;
    /** The most sample grids shown; a longer run shows an evenly spaced selection and the last. */
    static final int MAX_GRIDS = 40;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    static final Pattern GRID = Pattern.compile("step-(\\d+)\\.png");

    private RunReport() {
    }

    /**
     * Writes {@code report.html} into the run directory, atomically.
     *
     * @param provenance the run's provenance JSON, or null when unknown
     */
    public static void write(RunDirectory run, String provenance, RunState state) throws IOException {
        write(run, provenance, state, run.reportFile());
    }

    /** Writes the dashboard of {@code run} to {@code file}, atomically. */
    public static void write(RunDirectory run, String provenance, RunState state, Path file) throws IOException {
        AtomicFile.write(file, html(run, provenance, state).getBytes(StandardCharsets.UTF_8));
    }

    /** The report's HTML. */
    static String html(RunDirectory run, String provenance, RunState state) throws IOException {
        RunHistory history = RunHistory.read(run.metricsFile());
        StringBuilder page = new StringBuilder(1 << 16);
        String name = String.valueOf(run.path().toAbsolutePath().normalize().getFileName());
        DashboardPage.begin(page, "gan4j · " + name, state == RunState.TRAINING ? REFRESH_SECONDS : 0);
        header(page, run, name, history, state);
        tiles(page, history);
        page.append("<div class=\"grid\">\n");
        page.append("<section class=\"card\"><h2>Losses</h2>\n");
        if (history.losses().isEmpty()) {
            page.append("<p class=\"muted\">No losses logged yet.</p>\n");
        } else {
            Map<String, double[][]> series = new LinkedHashMap<>();
            history.losses().forEach((phase, xy) -> series.put(phase, ReportCharts.points(xy)));
            DashboardPage.image(page, "chart-losses", "chart", "loss curves",
                    ReportCharts.lineChart("Losses", "loss", series, false));
        }
        page.append("</section>\n");
        for (Map.Entry<String, List<double[]>> e : history.evaluations().entrySet()) {
            metricCard(page, e.getKey(), e.getValue());
        }
        if (history.evaluations().isEmpty()) {
            page.append("<section class=\"card\"><h2>Metrics</h2><p class=\"muted\">No evaluations yet (add an "
                    + "\"evaluation\" object to the run config to measure FID and more while training, or run "
                    + "<code>gan4j eval</code>).</p></section>\n");
        }
        samples(page, run.samplesDirectory());
        if (!history.evaluationContext().isEmpty()) {
            page.append("<section class=\"card\"><h2>Latest evaluation's settings</h2><table>\n");
            history.evaluationContext().forEach((k, v) -> page.append("<tr><td>").append(DashboardPage.escape(k))
                    .append("</td><td>").append(DashboardPage.escape(MetricGoal.formatText(v))).append("</td></tr>\n"));
            page.append("</table></section>\n");
        }
        page.append("<section class=\"card\"><h2>Config</h2>\n<pre id=\"config\">")
                .append(DashboardPage.escape(indented(Files.isRegularFile(run.configFile())
                        ? Files.readString(run.configFile(), StandardCharsets.UTF_8) : run.config())))
                .append("</pre></section>\n");
        page.append("<section class=\"card\"><h2>Provenance</h2>\n<pre id=\"provenance\">")
                .append(DashboardPage.escape(provenance == null ? "unknown" : indented(provenance)))
                .append("</pre></section>\n");
        page.append("</div>\n");
        DashboardPage.end(page);
        return page.toString();
    }

    private static void header(StringBuilder page, RunDirectory run, String name, RunHistory history, RunState state) {
        String badge = switch (state) {
            case FINISHED -> "badge finished";
            case FAILED -> "badge failed";
            default -> "badge";
        };
        page.append("<header><h1>").append(DashboardPage.escape(name)).append(" <span id=\"state\" class=\"")
                .append(badge).append("\">").append(DashboardPage.escape(state.description())).append("</span></h1>\n")
                .append("<div class=\"muted\">");
        history.lastStep().ifPresent(step -> page.append("step ").append(step).append(" · "));
        page.append("written ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" from ")
                .append(DashboardPage.escape(run.path().toAbsolutePath().normalize().toString()))
                .append("</div></header>\n");
    }

    /** One tile per metric: its latest value and its best, with the step of each. */
    private static void tiles(StringBuilder page, RunHistory history) {
        if (history.evaluations().isEmpty()) {
            return;
        }
        page.append("<div class=\"tiles\" id=\"tiles\">\n");
        history.evaluations().forEach((metric, curve) -> {
            double[] last = curve.get(curve.size() - 1);
            double[] best = curve.get(MetricGoal.best(metric, curve));
            page.append("<div class=\"tile\"><div class=\"name\">").append(DashboardPage.escape(metric))
                    .append(MetricGoal.higherIsBetter(metric) ? " ↑" : " ↓").append("</div><div class=\"value\">")
                    .append(MetricGoal.format(last[1])).append("</div><div class=\"best\">best ")
                    .append(MetricGoal.format(best[1])).append(" at step ").append((long) best[0])
                    .append("</div></div>\n");
        });
        page.append("</div>\n");
    }

    private static void metricCard(StringBuilder page, String metric, List<double[]> curve) {
        double[] best = curve.get(MetricGoal.best(metric, curve));
        String bestText = "best " + MetricGoal.format(best[1]) + " at step " + (long) best[0];
        page.append("<section class=\"card\"><h2>").append(DashboardPage.escape(metric)).append(" <span class=\"muted\">(")
                .append(MetricGoal.higherIsBetter(metric) ? "higher" : "lower").append(" is better; ")
                .append(bestText).append(")</span></h2>\n");
        DashboardPage.image(page, "chart-" + metric, "chart", metric + " over training",
                ReportCharts.lineChart(metric, metric, Map.of(metric, ReportCharts.points(curve)), true, best,
                        bestText));
        page.append("</section>\n");
    }

    /** The sample grids over time: one shown at a time, chosen with a slider (the newest first). */
    private static void samples(StringBuilder page, Path samplesDirectory) throws IOException {
        List<Path> grids = grids(samplesDirectory);
        page.append("<section class=\"card wide\" id=\"samples\"><h2>Samples over time</h2>\n");
        if (grids.isEmpty()) {
            page.append("<p class=\"muted\">No sample pictures yet.</p></section>\n");
            return;
        }
        long lastStep = stepOf(grids.get(grids.size() - 1));
        page.append("<label>step <b id=\"grid-step\">").append(lastStep).append("</b> (")
                .append(grids.size()).append(" grids; drag or use the arrow keys)<input type=\"range\" id=\"grid-slider\" "
                        + "min=\"0\" max=\"").append(grids.size() - 1).append("\" value=\"").append(grids.size() - 1)
                .append("\"></label>\n<div class=\"frames\">\n");
        for (int i = 0; i < grids.size(); i++) {
            long step = stepOf(grids.get(i));
            String img = imageTag("grid-" + step, "samples at step " + step, Files.readAllBytes(grids.get(i)));
            page.append(i == grids.size() - 1 ? img : img.replaceFirst("<img ", "<img hidden "));
        }
        page.append("</div>\n<script>(function(){var s=document.getElementById('grid-slider'),"
                + "f=document.querySelectorAll('.frames img'),l=document.getElementById('grid-step');"
                + "s.addEventListener('input',function(){for(var i=0;i<f.length;i++){f[i].hidden=(i!=s.value);}"
                + "l.textContent=f[s.value].dataset.step;});})();</script>\n</section>\n");
    }

    private static String imageTag(String id, String alt, byte[] png) {
        StringBuilder tag = new StringBuilder();
        DashboardPage.image(tag, id, "grid", alt, png);
        return tag.toString().replaceFirst("<img ", "<img data-step=\"" + id.substring("grid-".length()) + "\" ");
    }

    static long stepOf(Path grid) {
        Matcher m = GRID.matcher(grid.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The step grids, oldest first; at most {@link #MAX_GRIDS}, evenly spaced, always with the newest. */
    static List<Path> grids(Path samples) throws IOException {
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            files.filter(p -> GRID.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> Long.compare(stepOf(a), stepOf(b))).forEach(all::add);
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
        return DashboardPage.escape(text);
    }
}
