package dev.gan4j.examples.compare;

import dev.gan4j.core.eval.EvaluationResult;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison as one self-contained HTML page (pictures inline as base64 PNG): a table of every
 * family's training time, sampling time per 1,000 samples and figures, then per family its samples
 * and, for images, its class histogram.
 */
final class ComparisonPage {
    private static final String INTRO = "A generator builds an object component by component: sampling is one forward"
            + " pass, but it imitates the surface. A discriminator judges the whole object and can generate on its own"
            + " (the ebm family): its samples are the inputs it scores highest, found by Langevin dynamics, which costs"
            + " dozens of forward and backward passes per sample. A GAN trains a generator to do that search. The"
            + " autoencoder and the VAE are generators trained without a discriminator.";

    private ComparisonPage() {
    }

    /**
     * The page.
     *
     * @param data    what every family was trained on
     * @param budget  the training budget, in words
     * @param entries one per family, in order
     */
    static String html(String data, String budget, List<ComparedFamily> entries) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>gan4j compare: ").append(escape(data))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1100px}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
                        + "th:first-child,td:first-child{text-align:left}.bar{background:#4a7;height:12px;display:inline-block}"
                        + ".family{display:inline-block;vertical-align:top;margin:0 1.5em 1.5em 0}</style></head><body>\n");
        page.append("<h1>Generator vs discriminator on ").append(escape(data)).append("</h1>\n");
        page.append("<p>").append(escape(INTRO)).append("</p>\n");
        page.append("<p>Budget: ").append(escape(budget)).append(". Machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(escape(System.getProperty("java.version"))).append(". Times are wall-clock and CPU seconds of the"
                        + " working thread on this machine and compare the families with each other only.</p>\n");
        List<String> metrics = metricNames(entries);
        page.append("<table>\n<tr><th>config</th><th>family</th><th>steps</th><th>training s</th><th>training CPU s</th>"
                + "<th>sampling s / 1,000</th><th>sampling CPU s / 1,000</th>");
        metrics.forEach(m -> page.append("<th>").append(escape(m)).append("</th>"));
        page.append("</tr>\n");
        for (ComparedFamily entry : entries) {
            page.append("<tr><td>").append(escape(entry.label())).append("</td><td>").append(escape(entry.family()))
                    .append("</td><td>").append(entry.steps()).append("</td><td>").append(number(entry.trainingSeconds()))
                    .append("</td><td>").append(number(entry.trainingCpuSeconds()))
                    .append("</td><td>").append(number(entry.samplingSecondsPer1000()))
                    .append("</td><td>").append(number(entry.samplingCpuSecondsPer1000())).append("</td>");
            for (String metric : metrics) {
                Object value = entry.evaluation().metrics().get(metric);
                page.append("<td>").append(value instanceof Number n ? number(n.doubleValue()) : "").append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</table>\n<p>Figures from ").append(entries.isEmpty() ? "" : escape(entries.get(0).evaluation()
                .samples() + " samples per family against " + entries.get(0).evaluation().reference())).append(".</p>\n");
        for (ComparedFamily entry : entries) {
            page.append("<div class=\"family\"><h2>").append(escape(entry.label())).append(" (")
                    .append(escape(entry.family())).append(")</h2>\n<img alt=\"samples of ").append(escape(entry.label()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(entry.picture()))
                    .append("\">\n");
            Object histogram = entry.evaluation().metrics().get(EvaluationResult.CLASS_HISTOGRAM);
            if (histogram instanceof double[] shares) {
                page.append("<p>Predicted classes:</p><table>\n");
                for (int c = 0; c < shares.length; c++) {
                    page.append("<tr><td>").append(c).append("</td><td style=\"text-align:left\"><span class=\"bar\""
                            + " style=\"width:").append(Math.round(shares[c] * 400)).append("px\"></span> ")
                            .append(String.format(Locale.ROOT, "%.1f%%", 100 * shares[c])).append("</td></tr>\n");
                }
                page.append("</table>\n");
            }
            page.append("</div>\n");
        }
        page.append("</body></html>\n");
        return page.toString();
    }

    /** The scalar figures any entry has, in first-seen order (arrays such as the class histogram are drawn apart). */
    private static List<String> metricNames(List<ComparedFamily> entries) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (ComparedFamily entry : entries) {
            for (Map.Entry<String, Object> metric : entry.evaluation().metrics().entrySet()) {
                if (metric.getValue() instanceof Number) {
                    names.add(metric.getKey());
                }
            }
        }
        return List.copyOf(names);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.4g", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
