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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several runs on one page ({@code gan4j report RUN1 RUN2 ... --out compare.html}): a table of
 * each run's final metrics (and best, the best run's value in bold), then each phase's loss and
 * each metric as one chart with a curve per run, and each run's newest sample grid. One offline
 * file, like {@link RunReport}.
 */
public final class RunComparison {
    private RunComparison() {
    }

    /** Writes the comparison of {@code runs} (two or more; one works too) to {@code file}, atomically. */
    public static void write(List<RunDirectory> runs, Path file) throws IOException {
        AtomicFile.write(file, html(runs).getBytes(StandardCharsets.UTF_8));
    }

    static String html(List<RunDirectory> runs) throws IOException {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("A comparison needs at least one run directory.");
        }
        Map<String, RunHistory> histories = new LinkedHashMap<>();
        Map<String, RunDirectory> directories = new LinkedHashMap<>();
        for (RunDirectory run : runs) {
            String name = uniqueName(run, histories.keySet());
            histories.put(name, RunHistory.read(run.metricsFile()));
            directories.put(name, run);
        }
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> phases = new LinkedHashSet<>();
        histories.values().forEach(h -> {
            metrics.addAll(h.evaluations().keySet());
            phases.addAll(h.losses().keySet());
        });
        StringBuilder page = new StringBuilder(1 << 16);
        DashboardPage.begin(page, "gan4j · " + runs.size() + " runs compared", 0);
        page.append("<header><h1>").append(runs.size()).append(" runs compared</h1><div class=\"muted\">written ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("</div></header>\n");
        table(page, histories, metrics);
        page.append("<div class=\"grid\">\n");
        for (String metric : metrics) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            histories.forEach((name, h) -> {
                if (h.evaluations().containsKey(metric)) {
                    series.put(name, ReportCharts.points(h.evaluations().get(metric)));
                }
            });
            page.append("<section class=\"card\"><h2>").append(DashboardPage.escape(metric))
                    .append(" <span class=\"muted\">(").append(MetricGoal.higherIsBetter(metric) ? "higher" : "lower")
                    .append(" is better)</span></h2>\n");
            DashboardPage.image(page, "chart-" + metric, "chart", metric + " of every run",
                    ReportCharts.lineChart(metric, metric, series, true));
            page.append("</section>\n");
        }
        for (String phase : phases) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            histories.forEach((name, h) -> {
                if (h.losses().containsKey(phase)) {
                    series.put(name, ReportCharts.points(h.losses().get(phase)));
                }
            });
            page.append("<section class=\"card\"><h2>loss of phase ").append(DashboardPage.escape(phase))
                    .append("</h2>\n");
            DashboardPage.image(page, "chart-loss-" + phase, "chart", "loss of " + phase + " for every run",
                    ReportCharts.lineChart("loss: " + phase, "loss", series, false));
            page.append("</section>\n");
        }
        page.append("<section class=\"card wide\"><h2>Newest samples</h2><div class=\"strip\">\n");
        for (Map.Entry<String, RunDirectory> e : directories.entrySet()) {
            List<Path> grids = RunReport.grids(e.getValue().samplesDirectory());
            page.append("<figure>");
            if (grids.isEmpty()) {
                page.append("<p class=\"muted\">no samples</p>");
            } else {
                Path newest = grids.get(grids.size() - 1);
                DashboardPage.image(page, "samples-" + e.getKey(), "grid", "newest samples of " + e.getKey(),
                        Files.readAllBytes(newest));
                page.append("<figcaption>").append(DashboardPage.escape(e.getKey())).append(", step ")
                        .append(RunReport.stepOf(newest)).append("</figcaption>");
            }
            page.append("</figure>\n");
        }
        page.append("</div></section>\n</div>\n");
        DashboardPage.end(page);
        return page.toString();
    }

    /**
     * The runs' final value of each metric, with their best and its step: a row per metric, a
     * column per run (runs are few, metrics many, so the table stays narrow); the best run's
     * final value of each row in bold.
     */
    private static void table(StringBuilder page, Map<String, RunHistory> histories, Set<String> metrics) {
        page.append("<section class=\"card\" style=\"margin-bottom:16px\"><h2>Final metrics <span class=\"muted\">"
                + "(final value; best and its step below)</span></h2><div class=\"scroll\"><table id=\"compare-table\">"
                + "<thead><tr><th>metric</th>");
        histories.keySet().forEach(name -> page.append("<th>").append(DashboardPage.escape(name)).append("</th>"));
        page.append("</tr></thead><tbody>\n<tr><td>last step</td>");
        histories.values().forEach(h -> page.append("<td>")
                .append(h.lastStep().isPresent() ? String.valueOf(h.lastStep().getAsLong()) : "–").append("</td>"));
        page.append("</tr>\n");
        for (String metric : metrics) {
            List<double[]> finals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            histories.forEach((name, h) -> {
                List<double[]> curve = h.evaluations().get(metric);
                if (curve != null && !curve.isEmpty()) {
                    finals.add(curve.get(curve.size() - 1));
                    names.add(name);
                }
            });
            int winner = MetricGoal.best(metric, finals);
            page.append("<tr><td>").append(DashboardPage.escape(metric))
                    .append(MetricGoal.higherIsBetter(metric) ? " ↑" : " ↓").append("</td>");
            histories.forEach((name, h) -> {
                List<double[]> curve = h.evaluations().get(metric);
                if (curve == null || curve.isEmpty()) {
                    page.append("<td>–</td>");
                    return;
                }
                double[] last = curve.get(curve.size() - 1);
                double[] best = curve.get(MetricGoal.best(metric, curve));
                page.append(winner >= 0 && name.equals(names.get(winner)) ? "<td class=\"best\">" : "<td>")
                        .append(MetricGoal.format(last[1])).append("<br><span class=\"muted\">best ")
                        .append(MetricGoal.format(best[1])).append(" @").append((long) best[0])
                        .append("</span></td>");
            });
            page.append("</tr>\n");
        }
        page.append("</tbody></table></div></section>\n");
    }

    /** The run directory's name, or with its parent's when two runs share a name. */
    private static String uniqueName(RunDirectory run, Set<String> taken) {
        Path path = run.path().toAbsolutePath().normalize();
        String name = String.valueOf(path.getFileName());
        if (!taken.contains(name)) {
            return name;
        }
        String longer = path.getParent() == null ? name : path.getParent().getFileName() + "/" + name;
        String candidate = longer;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = longer + " (" + i + ")";
        }
        return candidate;
    }
}
